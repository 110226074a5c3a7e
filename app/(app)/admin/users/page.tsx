import type { Metadata } from "next";
import { Pager, pagedHref } from "@/components/ui/pager";
import { Badge, PageHeader } from "@/components/ui/card";
import { buttonClasses } from "@/components/ui/button";
import { formatDateIn, formatDateTimeIn } from "@/components/ui/format";
import { UserRowActions } from "@/components/admin/user-row-actions";
import { listUsersQuerySchema, listUsers } from "@/lib/server/data/accounts/list-users";
import { requireActor } from "@/lib/server/entry/require-actor";
import { setUserActiveAction, setUserRoleAction } from "./actions";

export const metadata: Metadata = { title: "Users" };

export default async function AdminUsersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { user, actor } = await requireActor("/admin/users", { admin: true });
  const query = listUsersQuerySchema.catch({ q: "", page: 1 }).parse(await searchParams);
  const { rows, total, pageCount } = await listUsers(actor, query);
  const pageHref = (page: number) => pagedHref("/admin/users", { q: query.q }, page);

  return (
    <div className="space-y-6">
      <PageHeader title="Users" description={`${total} account${total === 1 ? "" : "s"}. Deactivated accounts can't sign in; their data is kept.`} />
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
                <p className="text-xs text-slate-500">
                  Joined {formatDateIn(row.createdAt, user.timeZone)} · {row.lastSeenAt ? `last seen ${formatDateTimeIn(row.lastSeenAt, user.timeZone)}` : "never signed in"} ·{" "}
                  {row.teamCount} team{row.teamCount === 1 ? "" : "s"}
                </p>
              </div>
              <UserRowActions user={row} isSelf={row.id === user.id} setRole={setUserRoleAction} setActive={setUserActiveAction} />
            </li>
          ))}
        </ul>
      )}

      <Pager page={query.page} pageCount={pageCount} href={pageHref} />
    </div>
  );
}
