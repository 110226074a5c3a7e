import type { Metadata } from "next";
import { Card, PageHeader, Badge } from "@/components/ui/card";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { requireUser } from "@/lib/server/auth/current-user";
import { TimeZoneForm } from "@/components/account/time-zone-form";
import { ApiTokens } from "@/components/account/api-tokens";
import { actorOf } from "@/lib/server/data/actor";
import { listApiTokens } from "@/lib/server/data/api-tokens/list-api-tokens";
import { getOwnSignIn } from "@/lib/server/data/accounts/get-own-sign-in";
import { SIGN_IN_METHODS } from "@/lib/server/auth/auth-options";
import { changePasswordAction, createApiTokenAction, revokeApiTokenAction, updateTimeZoneAction } from "./actions";

export const metadata: Metadata = { title: "Your account" };

/** Every zone the runtime knows, with UTC first (it isn't in the IANA canonical list on every runtime). */
function timeZones(current: string): string[] {
  const zones = new Set(["UTC", ...Intl.supportedValuesOf("timeZone")]);
  zones.add(current);
  return [...zones];
}

export default async function AccountPage() {
  const user = await requireUser("/account");
  const [tokens, signIn] = await Promise.all([listApiTokens(actorOf(user), new Date()), getOwnSignIn(actorOf(user))]);
  const ssoName = SIGN_IN_METHODS.sso?.name ?? "single sign-on";
  return (
    <div className="max-w-2xl space-y-6">
      <PageHeader title="Your account" />
      <Card>
        <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 text-sm">
          <dt className="text-slate-500">Name</dt>
          <dd>{user.name}</dd>
          <dt className="text-slate-500">Email</dt>
          <dd className="break-all">{user.email}</dd>
          <dt className="text-slate-500">Sign-in</dt>
          <dd>{[signIn.sso ? ssoName : null, signIn.hasPassword && SIGN_IN_METHODS.password ? "password" : null].filter(Boolean).join(" or ") || "none yet"}</dd>
          <dt className="text-slate-500">Role</dt>
          <dd>
            <Badge tone={user.role === "ADMIN" ? "brand" : "slate"}>{user.role === "ADMIN" ? "Administrator" : "Student"}</Badge>
          </dd>
        </dl>
      </Card>
      <Card>
        <h2 className="mb-4 text-lg font-semibold">Time zone</h2>
        <TimeZoneForm action={updateTimeZoneAction} current={user.timeZone} zones={timeZones(user.timeZone)} />
      </Card>
      {signIn.hasPassword && SIGN_IN_METHODS.password ? (
        <Card>
          <h2 className="mb-4 text-lg font-semibold">Change password</h2>
          <ChangePasswordForm action={changePasswordAction} />
        </Card>
      ) : null}
      <Card>
        <h2 className="text-lg font-semibold">API tokens</h2>
        <p className="mb-4 mt-1 text-sm text-slate-600">
          For scripts and other programs that use Quizformer&apos;s JSON API as you, within what each token may do. A token is shown once; revoke one you no
          longer use.{signIn.hasPassword ? " Changing your password revokes them all." : null}
        </p>
        <ApiTokens
          tokens={tokens.map((t) => ({
            ...t,
            createdAt: t.createdAt.toISOString(),
            expiresAt: t.expiresAt?.toISOString() ?? null,
            lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
          }))}
          create={createApiTokenAction}
          revoke={revokeApiTokenAction}
          isAdmin={user.role === "ADMIN"}
          timeZone={user.timeZone}
        />
      </Card>
    </div>
  );
}
