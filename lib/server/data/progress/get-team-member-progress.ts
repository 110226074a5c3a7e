import "server-only";
import { getDb } from "@/lib/server/db";
import { ForbiddenError } from "@/lib/server/errors";
import type { Actor } from "@/lib/server/data/actor";
import { getTeamAccess } from "@/lib/server/data/internal/authz/team-access";
import { teamActivity, type TeamActivity } from "./internal/team-activity";
import { teamMastery, type MasteryCell, type MemberMastery, type TeamAverages } from "./internal/team-mastery";
import { listMasteryTopics, listTeamLearners } from "./internal/team-members";
import { teamOverdue, type Overdue } from "./internal/team-overdue";
import { checkTeamPeriod, type TeamPeriod } from "./internal/team-period";
import { teamRetention, type Retention } from "./internal/team-retention";
import { closeExpiredAttempts } from "@/lib/server/data/attempts/internal/close-expired-attempts";

export type { MasteryCell, Overdue, Retention, TeamActivity, TeamAverages };

export type TeamProgressTopic = { id: string; slug: string; title: string };

/** One member's row. Names only: team progress never carries an email, whoever reads it. */
export type TeamMemberRow = {
  userId: string;
  name: string;
  /** One cell per topic, in the order of `topics`. */
  mastery: MasteryCell[];
  overall: MemberMastery["overall"];
  overdue: Overdue;
  /** True retention over the period (first review of a card per local day, card in review). */
  retention: Retention;
};

export type TeamMemberProgress = {
  team: { id: string; name: string };
  period: TeamPeriod;
  topics: TeamProgressTopic[];
  members: TeamMemberRow[];
  averages: TeamAverages;
  /** The latest events in the period, newest first. */
  activity: TeamActivity[];
};

/**
 * A team's progress for its leads and administrators: mastery per member and topic (answers in
 * the period), team averages, overdue reviews (as of `now`, each member's local today), true
 * retention in the period and recent activity. Every figure is aggregated in PostgreSQL; what
 * reaches Node is one row per member (and per member × topic for mastery). Members of the team
 * get a ForbiddenError here: they see `getTeamAggregates` instead.
 */
export async function getTeamMemberProgress(actor: Actor, input: { teamId: string; from?: Date | null; to?: Date | null }, now: Date): Promise<TeamMemberProgress> {
  const period = checkTeamPeriod(input);
  const db = getDb();
  const access = await getTeamAccess(db, actor, input.teamId);
  if (!access.canManage) throw new ForbiddenError(`Only the leads of ${access.teamName} and administrators see its members' progress; members see the team's averages.`);

  const [learners, topics] = await Promise.all([listTeamLearners(db, input.teamId), listMasteryTopics(db)]);
  const ids = learners.map((l) => l.userId);
  await closeExpiredAttempts(db, ids, now);
  const [mastery, overdue, retention, activity] = await Promise.all([
    teamMastery(
      db,
      ids,
      topics.map((t) => t.id),
      period,
    ),
    teamOverdue(db, learners, now),
    teamRetention(db, learners, period),
    teamActivity(db, learners, period),
  ]);

  return {
    team: { id: access.teamId, name: access.teamName },
    period,
    topics,
    members: learners.map((l) => {
      const m = mastery.byMember.get(l.userId)!;
      return {
        userId: l.userId,
        name: l.name,
        mastery: m.cells,
        overall: m.overall,
        overdue: overdue.get(l.userId)!,
        retention: retention.get(l.userId)!,
      };
    }),
    averages: mastery.averages,
    activity,
  };
}
