import type { Metadata } from "next";
import Link from "next/link";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import { CreateTeamForm } from "@/components/teams/create-team-form";
import { requireActor } from "@/lib/server/entry/require-actor";
import { canCreateTeam } from "@/lib/server/data/teams/can-create-team";
import { listTeams } from "@/lib/server/data/teams/list-teams";
import { createTeamAction } from "./actions";

export const metadata: Metadata = { title: "Teams" };

export default async function TeamsPage() {
  const { user, actor } = await requireActor("/teams");
  const [teams, mayCreate] = await Promise.all([listTeams(actor), canCreateTeam(actor)]);
  return (
    <div className="space-y-6">
      <PageHeader
        title="Teams"
        description={user.role === "ADMIN" ? "Every team on this Quizformer." : "Teams you belong to. Join one with an invite link from its lead."}
      />
      {mayCreate ? (
        <Card>
          <h2 className="mb-3 text-lg font-semibold">New team</h2>
          <CreateTeamForm action={createTeamAction} />
        </Card>
      ) : null}
      {teams.length === 0 ? (
        <Card>
          <p className="text-sm text-slate-600">
            {mayCreate ? "No teams yet. Create the first one above." : "You're not in a team yet. Ask a team lead for an invite link."}
          </p>
        </Card>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2">
          {teams.map((team) => (
            <li key={team.id}>
              <Link href={`/teams/${team.id}`} className="flex items-center justify-between gap-3 rounded-lg border border-slate-200 bg-white p-4 hover:border-brand-500">
                <span className="min-w-0">
                  <span className="block truncate font-medium text-slate-900">{team.name}</span>
                  <span className="text-sm text-slate-600">
                    {team.memberCount} member{team.memberCount === 1 ? "" : "s"}
                  </span>
                </span>
                {team.myRole === "LEAD" ? <Badge tone="brand">Lead</Badge> : team.myRole === "MEMBER" ? <Badge>Member</Badge> : <Badge tone="amber">Admin view</Badge>}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
