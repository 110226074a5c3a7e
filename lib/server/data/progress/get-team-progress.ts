import "server-only";
import { getDb } from "@/lib/server/db";
import type { Actor } from "@/lib/server/data/actor";
import { getTeamAccess } from "@/lib/server/data/internal/authz/team-access";
import { getTeamAggregates, type TeamAggregates } from "./get-team-aggregates";
import { getTeamMemberProgress, type TeamMemberProgress } from "./get-team-member-progress";

/** What a team's progress page shows its reader: each member's figures to leads and admins, the averages to members. */
export type TeamProgress = { kind: "byMember"; progress: TeamMemberProgress } | { kind: "aggregates"; aggregates: TeamAggregates };

/**
 * The team progress page's one read. Who the reader is decides which view they get, up front, so
 * no refusal is ever caught to fall back; each view still checks its reader itself (outsiders get
 * a ForbiddenError, an unknown team a NotFoundError).
 */
export async function getTeamProgress(actor: Actor, input: { teamId: string; from?: Date | null; to?: Date | null }, now: Date): Promise<TeamProgress> {
  const access = await getTeamAccess(getDb(), actor, input.teamId);
  if (access.canManage) return { kind: "byMember", progress: await getTeamMemberProgress(actor, input, now) };
  return { kind: "aggregates", aggregates: await getTeamAggregates(actor, input, now) };
}
