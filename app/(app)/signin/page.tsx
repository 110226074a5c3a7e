import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { SignInForm } from "@/components/auth/sign-in-form";
import { SsoButton } from "@/components/auth/sso-button";
import { signInErrorMessage } from "@/lib/auth/sign-in-errors";
import { safeCallbackUrl, withCallbackUrl } from "@/lib/auth/safe-callback-url";
import { SIGN_IN_METHODS } from "@/lib/server/auth/auth-options";
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { needsSetup } from "@/lib/server/data/instance/needs-setup";
import { getInstanceSettings } from "@/lib/server/data/instance/get-instance-settings";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  // A single sign-on turned away before setup says why on the setup page.
  if (await needsSetup()) redirect(params.error === "sso-not-set-up" ? "/setup?error=sso-not-set-up" : "/setup");
  const callbackUrl = safeCallbackUrl(params.callbackUrl);
  if (await getCurrentUser()) redirect(callbackUrl);
  const { signupEnabled } = await getInstanceSettings();
  const { sso, password } = SIGN_IN_METHODS;
  const error = signInErrorMessage(typeof params.error === "string" ? params.error : undefined, sso?.name ?? "single sign-on");
  return (
    <div className="mx-auto max-w-md">
      <Card>
        <h1 className="text-xl font-semibold">Sign in to Quizformer</h1>
        {error ? (
          <div className="mt-4">
            <Alert tone="error">{error}</Alert>
          </div>
        ) : null}
        {sso ? (
          <div className="mt-6">
            <SsoButton name={sso.name} callbackUrl={callbackUrl} variant={password ? "secondary" : "primary"} autoFocus={!password} />
          </div>
        ) : null}
        {sso && password ? (
          <p className="mt-6 flex items-center gap-3 text-xs uppercase tracking-wide text-slate-600" aria-hidden="true">
            <span className="h-px flex-1 bg-slate-200" />
            or with your password
            <span className="h-px flex-1 bg-slate-200" />
          </p>
        ) : null}
        {password ? (
          <>
            <SignInForm callbackUrl={callbackUrl} autoFocus={!error} />
            <p className="mt-4 text-sm">
              <Link className="font-medium text-brand-700 hover:underline" href="/forgot-password">
                Forgot your password?
              </Link>
            </p>
            {signupEnabled ? (
              <p className="mt-6 text-sm text-slate-600">
                New here?{" "}
                <Link className="font-medium text-brand-700 hover:underline" href={withCallbackUrl("/signup", callbackUrl)}>
                  Create an account
                </Link>
              </p>
            ) : null}
          </>
        ) : null}
      </Card>
    </div>
  );
}
