import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { SsoButton } from "@/components/auth/sso-button";
import { SsoLinkForm } from "@/components/auth/sso-link-form";
import { SIGN_IN_METHODS } from "@/lib/server/auth/auth-options";
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { readSsoLinkCookie } from "@/lib/server/auth/sso-link-cookie";
import { getSsoLinkRequest } from "@/lib/server/data/accounts/get-sso-link-request";
import { confirmSsoLinkAction } from "./actions";

export const metadata: Metadata = { title: "Link your sign-in" };

/** Where a single sign-on lands when its verified email already has an account with a password. */
export default async function SsoLinkPage() {
  const { sso } = SIGN_IN_METHODS;
  if (!sso) notFound();
  if (await getCurrentUser()) redirect("/dashboard");
  const token = await readSsoLinkCookie();
  const request = token ? await getSsoLinkRequest(token, new Date()) : null;
  return (
    <div className="mx-auto max-w-md">
      <Card>
        <h1 className="text-xl font-semibold">Link your {sso.name} sign-in</h1>
        {request ? (
          <>
            <p className="mt-2 text-sm text-slate-600">
              Quizformer already has an account for <strong className="font-medium text-slate-900">{request.email}</strong>. To use {sso.name} for it from now on,
              prove it&apos;s yours: enter its password once.
            </p>
            <SsoLinkForm action={confirmSsoLinkAction} ssoName={sso.name} />
          </>
        ) : (
          <div className="mt-4 space-y-4">
            <Alert tone="info" title="Nothing to link">
              This page works for 10 minutes after a sign-in with {sso.name} found an existing account. Continue with {sso.name} again to start over.
            </Alert>
            <SsoButton name={sso.name} callbackUrl="/dashboard" />
          </div>
        )}
      </Card>
    </div>
  );
}
