import type { Metadata } from "next";
import Link from "next/link";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import { buttonClasses } from "@/components/ui/button";
import { formatDateIn, formatDateTimeIn } from "@/components/ui/format";
import { InviteForm } from "@/components/teams/invite-form";
import { RowActionForm } from "@/components/teams/row-action-form";
import { requireActor } from "@/lib/server/entry/require-actor";
import { orPageError } from "@/lib/server/entry/page-guard";
import { getTeam } from "@/lib/server/data/teams/get-team";
import { createInviteAction, removeMemberAction, revokeInviteAction, setMemberRoleAction } from "./actions";
import { BackLink } from "@/components/ui/back-link";

export const metadata: Metadata = { title: "Team" };

export default async function TeamPage({ params }: { params: Promise<{ teamId: string }> }) {
  const { teamId } = await params;
  const { user, actor } = await requireActor(`/teams/${teamId}`);
  const team = await orPageError(getTeam(actor, teamId, new Date()));
  const leads = team.members.filter((m) => m.role === "LEAD").length;

  return (
    <div className="space-y-6">
      <BackLink href="/teams">Teams</BackLink>
      <PageHeader
        title={team.name}
        description={`${team.members.length} member${team.members.length === 1 ? "" : "s"} · ${leads} lead${leads === 1 ? "" : "s"}`}
        actions={
          <>
            <Link href={`/teams/${team.id}/progress`} className={buttonClasses("secondary", "sm")}>
              Team progress
            </Link>
            {team.canManage ? (
              <Link href={`/teams/${team.id}/quizzes`} className={buttonClasses("secondary", "sm")}>
                Quiz results
              </Link>
            ) : null}
            {team.myRole ? (
              <RowActionForm
                action={removeMemberAction}
                fields={{ teamId: team.id, userId: user.id }}
                label="Leave team"
                variant="danger"
                confirm={`Leave ${team.name}?`}
              />
            ) : null}
          </>
        }
      />

      {team.canManage ? (
        <Card>
          <h2 className="text-lg font-semibold">Invite people</h2>
          <p className="mb-4 mt-1 text-sm text-slate-600">
            Anyone with the link can join after signing in, until it expires or you revoke it. Someone you remove can&apos;t rejoin with a
            link created before the removal: create a new link to let them back in.
          </p>
          <InviteForm teamId={team.id} timeZone={user.timeZone} action={createInviteAction} />
          {team.invites.length > 0 ? (
            <div className="mt-6">
              <h3 className="text-sm font-semibold text-slate-900">Active invite links</h3>
              <ul className="mt-2 divide-y divide-slate-200 rounded-md border border-slate-200">
                {team.invites.map((invite) => (
                  <li key={invite.id} className="flex flex-wrap items-center justify-between gap-2 px-3 py-2 text-sm">
                    <span>
                      Joins as {invite.role === "LEAD" ? "lead" : "member"} · expires {formatDateTimeIn(invite.expiresAt, user.timeZone)} · used {invite.uses}×
                    </span>
                    <RowActionForm action={revokeInviteAction} fields={{ teamId: team.id, inviteId: invite.id }} label="Revoke" variant="danger" />
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </Card>
      ) : null}

      <Card>
        <h2 className="mb-3 text-lg font-semibold">Members</h2>
        <ul className="divide-y divide-slate-200">
          {team.members.map((m) => (
            <li key={m.userId} className="flex flex-col gap-2 py-3 sm:flex-row sm:items-center sm:justify-between">
              <div className="min-w-0">
                <p className="flex flex-wrap items-center gap-2 font-medium">
                  {m.name}
                  {m.role === "LEAD" ? <Badge tone="brand">Lead</Badge> : <Badge>Member</Badge>}
                  {m.userId === user.id ? <Badge tone="green">You</Badge> : null}
                </p>
                <p className="truncate text-sm text-slate-600">
                  {m.email ? `${m.email} · ` : ""}joined {formatDateIn(m.joinedAt, user.timeZone)}
                </p>
              </div>
              {team.canManage && m.userId !== user.id ? (
                <div className="flex gap-2">
                  <RowActionForm
                    action={setMemberRoleAction}
                    fields={{ teamId: team.id, userId: m.userId, role: m.role === "LEAD" ? "MEMBER" : "LEAD" }}
                    label={m.role === "LEAD" ? "Make member" : "Make lead"}
                    ariaLabel={`${m.role === "LEAD" ? "Make member" : "Make lead"}: ${m.name}`}
                  />
                  <RowActionForm
                    action={removeMemberAction}
                    fields={{ teamId: team.id, userId: m.userId }}
                    label="Remove"
                    ariaLabel={`Remove ${m.name}`}
                    variant="danger"
                    confirm={`Remove ${m.name} from ${team.name}?`}
                  />
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      </Card>
    </div>
  );
}
