import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { AccountForm } from "@/components/auth/account-form";
import { needsSetup } from "@/lib/server/data/instance/needs-setup";
import { SsoButton } from "@/components/auth/sso-button";
import { signInErrorMessage } from "@/lib/auth/sign-in-errors";
import { SIGN_IN_METHODS } from "@/lib/server/auth/auth-options";
import { setupAction } from "./actions";

export const metadata: Metadata = { title: "Set up" };

export default async function SetupPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const open = await needsSetup();
  const { error } = await searchParams;
  const refused = error === "sso-not-set-up" && SIGN_IN_METHODS.sso ? signInErrorMessage(error, SIGN_IN_METHODS.sso.name) : null;
  return (
    <div className="mx-auto max-w-md">
      <Card>
        <h1 className="text-xl font-semibold">Welcome to Quizformer</h1>
        {open && !SIGN_IN_METHODS.password && SIGN_IN_METHODS.sso ? (
          <>
            <p className="mt-1 text-sm text-slate-600">
              This instance has no administrator yet, and people sign in with {SIGN_IN_METHODS.sso.name} only. The first person to sign in
              {SIGN_IN_METHODS.sso.adminGroups.length ? ` who is in ${SIGN_IN_METHODS.sso.adminGroups.join(" or ")}` : ""} becomes the administrator:
              make sure that&apos;s you.
            </p>
            {refused ? (
              <div className="mt-4">
                <Alert tone="error">{refused}</Alert>
              </div>
            ) : null}
            <div className="mt-6">
              <SsoButton name={SIGN_IN_METHODS.sso.name} callbackUrl="/admin" autoFocus={!refused} />
            </div>
          </>
        ) : open ? (
          <>
            <p className="mt-1 text-sm text-slate-600">
              This instance has no administrator yet. Create the admin account: it can manage users, teams and, soon, questions.
            </p>
            <AccountForm action={setupAction} submitLabel="Create admin account" redirectTo="/admin" />
          </>
        ) : (
          <div className="mt-4 space-y-4">
            <Alert tone="info" title="Setup is complete">
              This Quizformer has already been set up, so this page is closed for good. Sign in with your account; administrators
              manage accounts and roles under Admin → Users.
            </Alert>
            <Link href="/signin" className={buttonClasses("primary")}>
              Go to sign in
            </Link>
          </div>
        )}
      </Card>
    </div>
  );
}
