import "server-only";
import { getDb } from "@/lib/server/db";
import type { Actor } from "@/lib/server/data/actor";
import { getTeamAccess } from "@/lib/server/data/internal/authz/team-access";
import type { TeamProgressTopic } from "./get-team-member-progress";
import { teamMastery, type TeamAverages } from "./internal/team-mastery";
import { listMasteryTopics, listTeamLearners } from "./internal/team-members";
import { teamOverdue } from "./internal/team-overdue";
import { checkTeamPeriod, type TeamPeriod } from "./internal/team-period";

export type TeamAggregates = {
  team: { id: string; name: string };
  period: TeamPeriod;
  topics: TeamProgressTopic[];
  memberCount: number;
  /** Mean of the members' mastery per topic and overall. */
  averages: TeamAverages;
  /** Members with at least one overdue review, and their share of the team (null with no members). */
  overdue: { members: number; share: number | null };
};

/**
 * Team-level figures any member of the team may see: averages and counts only, so nothing in it
 * belongs to one member. Outsiders get a ForbiddenError; administrators may read it too.
 */
export async function getTeamAggregates(actor: Actor, input: { teamId: string; from?: Date | null; to?: Date | null }, now: Date): Promise<TeamAggregates> {
  const period = checkTeamPeriod(input);
  const db = getDb();
  const access = await getTeamAccess(db, actor, input.teamId);
  const [learners, topics] = await Promise.all([listTeamLearners(db, input.teamId), listMasteryTopics(db)]);
  const [mastery, overdue] = await Promise.all([
    teamMastery(
      db,
      learners.map((l) => l.userId),
      topics.map((t) => t.id),
      period,
    ),
    teamOverdue(db, learners, now),
  ]);
  const overdueMembers = [...overdue.values()].filter((o) => o.cards > 0).length;
  return {
    team: { id: access.teamId, name: access.teamName },
    period,
    topics,
    memberCount: learners.length,
    averages: mastery.averages,
    overdue: { members: overdueMembers, share: learners.length === 0 ? null : overdueMembers / learners.length },
  };
}
