import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { ForgotPasswordForm } from "@/components/auth/forgot-password-form";
import { mailConfigured } from "@/lib/server/mail/send-mail";
import { requestPasswordResetAction } from "./actions";
import { SIGN_IN_METHODS } from "@/lib/server/auth/auth-options";

export const metadata: Metadata = { title: "Forgot your password?" };

/** Public: a reset link by email when the site can send mail; otherwise, who to ask. */
export default function ForgotPasswordPage() {
  const canMail = mailConfigured();
  return (
    <div className="mx-auto max-w-md">
      <Card>
        <h1 className="text-xl font-semibold">Forgot your password?</h1>
        {!SIGN_IN_METHODS.password ? (
          <p className="mt-2 text-sm text-slate-600">
            This site signs people in with {SIGN_IN_METHODS.sso?.name ?? "single sign-on"}, which keeps your password: reset it there.
          </p>
        ) : canMail ? (
          <>
            <p className="mt-1 text-sm text-slate-600">Enter the email address of your account, and we&apos;ll send you a link to choose a new password.</p>
            <ForgotPasswordForm action={requestPasswordResetAction} />
          </>
        ) : (
          <p className="mt-2 text-sm text-slate-600">
            This site doesn&apos;t send mail. Ask an administrator for a password reset link: they can create one for your account on the Users page.
          </p>
        )}
        <p className="mt-6 text-sm text-slate-600">
          Remembered it?{" "}
          <Link href="/signin" className="font-medium text-brand-700 hover:underline">
            Sign in
          </Link>
        </p>
      </Card>
    </div>
  );
}
