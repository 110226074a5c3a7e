import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { AccountForm } from "@/components/auth/account-form";
import { safeCallbackUrl, withCallbackUrl } from "@/lib/auth/safe-callback-url";
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { getInstanceSettings } from "@/lib/server/data/instance/get-instance-settings";
import { needsSetup } from "@/lib/server/data/instance/needs-setup";
import { signUpAction } from "./actions";
import { SsoButton } from "@/components/auth/sso-button";
import { SIGN_IN_METHODS } from "@/lib/server/auth/auth-options";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  if (await needsSetup()) redirect("/setup");
  // Where the person was going before they had an account (an invite link): same-site paths only.
  const callbackUrl = safeCallbackUrl((await searchParams).callbackUrl);
  if (await getCurrentUser()) redirect(callbackUrl);
  const { signupEnabled } = await getInstanceSettings();
  return (
    <div className="mx-auto max-w-md">
      <Card>
        <h1 className="text-xl font-semibold">Create your account</h1>
        {!SIGN_IN_METHODS.password && SIGN_IN_METHODS.sso ? (
          <div className="mt-4 space-y-4">
            <p className="text-sm text-slate-600">Accounts on this Quizformer come from {SIGN_IN_METHODS.sso.name}: your first sign-in creates yours.</p>
            <SsoButton name={SIGN_IN_METHODS.sso.name} callbackUrl={callbackUrl} autoFocus />
          </div>
        ) : signupEnabled ? (
          <>
            <p className="mt-1 text-sm text-slate-600">Practise LLM engineering with quizzes, flashcards and labs.</p>
            <AccountForm action={signUpAction} submitLabel="Create account" redirectTo={callbackUrl} />
          </>
        ) : (
          <div className="mt-4">
            <Alert tone="info" title="Sign-up is closed">
              An administrator has turned off self-service sign-up on this Quizformer. Ask them for an account.
            </Alert>
          </div>
        )}
        <p className="mt-6 text-sm text-slate-600">
          Already have an account?{" "}
          <Link className="font-medium text-brand-700 hover:underline" href={withCallbackUrl("/signin", callbackUrl)}>
            Sign in
          </Link>
        </p>
      </Card>
    </div>
  );
}
