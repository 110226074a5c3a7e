import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Card } from "@/components/ui/card";
import { SignInForm } from "@/components/auth/sign-in-form";
import { safeCallbackUrl, withCallbackUrl } from "@/lib/auth/safe-callback-url";
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { needsSetup } from "@/lib/server/data/instance/needs-setup";
import { getInstanceSettings } from "@/lib/server/data/instance/get-instance-settings";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  if (await needsSetup()) redirect("/setup");
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(params.callbackUrl);
  if (await getCurrentUser()) redirect(callbackUrl);
  const { signupEnabled } = await getInstanceSettings();
  return (
    <div className="mx-auto max-w-md">
      <Card>
        <h1 className="text-xl font-semibold">Sign in to Quizformer</h1>
        <SignInForm callbackUrl={callbackUrl} />
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
      </Card>
    </div>
  );
}
