import type { Metadata } from "next";
import { Pager, pagedHref } from "@/components/ui/pager";
import { Badge, PageHeader } from "@/components/ui/card";
import { buttonClasses } from "@/components/ui/button";
import { formatDateIn, formatDateTimeIn } from "@/components/ui/format";
import { UserRowActions } from "@/components/admin/user-row-actions";
import { listUsersQuerySchema, listUsers } from "@/lib/server/data/accounts/list-users";
import { requireActor } from "@/lib/server/entry/require-actor";
import { createUserAction, createUsersFromCsvAction, issuePasswordResetAction, renewPasswordSetupAction, setUserActiveAction, setUserRoleAction, unlinkSsoIdentitiesAction } from "./actions";
import { Card } from "@/components/ui/card";
import { CreateUserForm } from "@/components/admin/create-user-form";
import { UserCsvUpload } from "@/components/admin/user-csv-upload";
import { PasswordLinkButton } from "@/components/admin/password-link-button";
import { SIGN_IN_METHODS } from "@/lib/server/auth/auth-options";
import { pluralize } from "@/lib/format/display";

export const metadata: Metadata = { title: "Users" };

export default async function AdminUsersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { user, actor } = await requireActor("/admin/users", { admin: true });
  const query = listUsersQuerySchema.catch({ q: "", page: 1 }).parse(await searchParams);
  const { rows, total, pageCount } = await listUsers(actor, query);
  const pageHref = (page: number) => pagedHref("/admin/users", { q: query.q }, page);

  return (
    <div className="space-y-6">
      <PageHeader title="Users" description={`${pluralize(total, "account")}. Deactivated accounts can't sign in; their data is kept.`} />
      <Card>
        <h2 className="text-lg font-semibold">Add people</h2>
        <p className="mt-1 mb-4 text-sm text-slate-600">
          {SIGN_IN_METHODS.password
            ? "A new account has no password: its owner chooses one with a one-time link (valid 7 days) that you copy and send them. Nobody else learns it."
            : `A new account signs in with ${SIGN_IN_METHODS.sso?.name ?? "single sign-on"}: its owner's first sign-on with this address takes it, with the role and teams you give it here.`}
        </p>
        <CreateUserForm action={createUserAction} timeZone={user.timeZone} />
        <h3 className="mt-6 mb-2 font-medium text-slate-900">Many at once</h3>
        <UserCsvUpload upload={createUsersFromCsvAction} />
      </Card>
      <form role="search" className="flex max-w-md gap-2">
        <label htmlFor="user-search" className="sr-only">
          Search by name or email
        </label>
        <input
          id="user-search"
          name="q"
          defaultValue={query.q}
          placeholder="Search by name or email"
          className="w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm"
        />
        <button className={buttonClasses("secondary")}>Search</button>
      </form>

      {rows.length === 0 ? (
        <p className="text-sm text-slate-600">No accounts match “{query.q}”.</p>
      ) : (
        <ul className="divide-y divide-slate-200 overflow-hidden rounded-lg border border-slate-200 bg-white">
          {rows.map((row) => (
            <li key={row.id} className="flex flex-col gap-3 p-4 sm:flex-row sm:items-center sm:justify-between">
              <div className="min-w-0">
                <p className="flex flex-wrap items-center gap-2 font-medium text-slate-900">
                  {row.name}
                  {row.role === "ADMIN" ? <Badge tone="brand">Admin</Badge> : <Badge>Student</Badge>}
                  {row.active ? null : <Badge tone="red">Deactivated</Badge>}
                  {row.id === user.id ? <Badge tone="green">You</Badge> : null}
                </p>
                <p className="truncate text-sm text-slate-600">{row.email}</p>
                <p className="text-xs text-slate-600">
                  Joined {formatDateIn(row.createdAt, user.timeZone)} · {row.lastSeenAt ? `last seen ${formatDateTimeIn(row.lastSeenAt, user.timeZone)}` : "never signed in"} ·{" "}
                  {pluralize(row.teamCount, "team")}
                  {row.passwordLinkExpiresAt ? ` · no password yet (link ${row.passwordLinkExpiresAt > new Date() ? `until ${formatDateTimeIn(row.passwordLinkExpiresAt, user.timeZone)}` : "expired"})` : ""}
                  {row.resetLinkExpiresAt && row.resetLinkExpiresAt > new Date() ? ` · reset link open until ${formatDateTimeIn(row.resetLinkExpiresAt, user.timeZone)}` : ""}
                  {row.sso ? ` · signs in with ${SIGN_IN_METHODS.sso?.name ?? "single sign-on"}` : ""}
                </p>
                {!SIGN_IN_METHODS.password ? null : row.passwordLinkExpiresAt ? (
                  <div className="mt-2">
                    <PasswordLinkButton userId={row.id} purpose="setup" issue={renewPasswordSetupAction} timeZone={user.timeZone} />
                  </div>
                ) : row.active && row.hasPassword ? (
                  <div className="mt-2">
                    <PasswordLinkButton userId={row.id} purpose="reset" issue={issuePasswordResetAction} timeZone={user.timeZone} />
                  </div>
                ) : null}
              </div>
              <UserRowActions user={row} isSelf={row.id === user.id} setRole={setUserRoleAction} setActive={setUserActiveAction} unlinkSso={unlinkSsoIdentitiesAction} />
            </li>
          ))}
        </ul>
      )}

      <Pager page={query.page} pageCount={pageCount} href={pageHref} />
    </div>
  );
}
