import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { SetPasswordForm } from "@/components/auth/set-password-form";
import Link from "next/link";
import { GoneError, NotFoundError } from "@/lib/server/errors";
import { getPasswordSetup } from "@/lib/server/data/accounts/get-password-setup";
import { setPasswordFromLinkAction } from "./actions";

export const metadata: Metadata = { title: "Choose your password" };

/** Where the owner of an account an administrator created chooses their password (public: the link is the credential). */
export default async function WelcomePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const setup = await getPasswordSetup(token, new Date()).catch((error: unknown) => {
    // A used, replaced or expired link says so (and what to do), rather than "page not found".
    if (error instanceof NotFoundError || error instanceof GoneError) return error;
    throw error;
  });
  if (setup instanceof Error) {
    return (
      <div className="mx-auto max-w-md">
        <Card>
          <h1 className="text-xl font-semibold">This link doesn&apos;t work</h1>
          <p className="mt-2 text-sm text-slate-600">{setup.message}</p>
          <p className="mt-4 text-sm text-slate-600">
            Chosen your password already?{" "}
            <Link href="/signin" className="font-medium text-brand-700 hover:underline">
              Sign in
            </Link>
          </p>
        </Card>
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-md">
      <Card>
        <h1 className="text-xl font-semibold">Welcome to Quizformer, {setup.name.split(" ")[0]}</h1>
        <p className="mt-1 text-sm text-slate-600">
          An administrator created an account for <strong className="font-medium text-slate-900">{setup.email}</strong>. Choose a password to sign in; this
          link works once.
        </p>
        <SetPasswordForm token={token} email={setup.email} action={setPasswordFromLinkAction} />
      </Card>
    </div>
  );
}
