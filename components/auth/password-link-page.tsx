import Link from "next/link";
import { Card } from "@/components/ui/card";
import { SetPasswordForm } from "@/components/auth/set-password-form";
import { formatDateTimeIn } from "@/components/ui/format";
import type { ActionState } from "@/lib/forms/action-result";

type LinkInfo = { name: string; email: string; expiresAt: Date; purpose: "SETUP" | "RESET" };
type Action = (prev: ActionState<{ email: string }>, form: FormData) => Promise<ActionState<{ email: string }>>;

const linkClass = "font-medium text-brand-700 hover:underline";

/**
 * The page a one-time password link opens (public: the link is the credential): the form to choose
 * the password, worded for a first password or a reset, or, for a used, replaced or expired link,
 * why it doesn't work and what to do. `opened`: the address the link had (/welcome or /reset-password).
 */
export function PasswordLinkPage({
  token,
  link,
  action,
  canMail,
  opened,
  ssoOnly,
}: {
  token: string;
  link: LinkInfo | Error;
  action: Action;
  canMail: boolean;
  opened: "setup" | "reset";
  /** Password sign-in is off: the provider's name, to send people there instead. */
  ssoOnly?: string;
}) {
  if (ssoOnly) {
    return (
      <div className="mx-auto max-w-md">
        <Card>
          <h1 className="text-xl font-semibold">Passwords aren&apos;t used here</h1>
          <p className="mt-2 text-sm text-slate-600">
            This site signs people in with {ssoOnly}, so this link can&apos;t set a password.{" "}
            <Link href="/signin" className={linkClass}>
              Sign in with {ssoOnly}
            </Link>{" "}
            instead.
          </p>
        </Card>
      </div>
    );
  }
  if (link instanceof Error) {
    return (
      <div className="mx-auto max-w-md">
        <Card>
          <h1 className="text-xl font-semibold">This link doesn&apos;t work</h1>
          <p className="mt-2 text-sm text-slate-600">{link.message}</p>
          <p className="mt-4 text-sm text-slate-600">
            {/* Only an account that has a password can get a reset link by mail; a first-password link comes from an administrator. */}
            {canMail && opened === "reset" ? (
              <Link href="/forgot-password" className={linkClass}>
                Get a new reset link
              </Link>
            ) : (
              "Ask an administrator for a new link"
            )}
            , or{" "}
            <Link href="/signin" className={linkClass}>
              sign in
            </Link>{" "}
            if you have your password.
          </p>
        </Card>
      </div>
    );
  }
  const until = formatDateTimeIn(link.expiresAt, "UTC");
  return (
    <div className="mx-auto max-w-md">
      <Card>
        {link.purpose === "SETUP" ? (
          <>
            <h1 className="text-xl font-semibold">Welcome to Quizformer, {link.name.split(" ")[0]}</h1>
            <p className="mt-1 text-sm text-slate-600">
              An administrator created an account for <strong className="font-medium text-slate-900">{link.email}</strong>. Choose a password to sign in; this
              link works once.
            </p>
          </>
        ) : (
          <>
            <h1 className="text-xl font-semibold">Choose a new password</h1>
            <p className="mt-1 text-sm text-slate-600">
              For <strong className="font-medium text-slate-900">{link.email}</strong>. This link works once, until {until}. The new password signs your account
              out on every other device.
            </p>
          </>
        )}
        <SetPasswordForm token={token} email={link.email} action={action} />
      </Card>
    </div>
  );
}
