import "server-only";
import type { Db } from "@/lib/server/db";
import { DEFAULT_TIME_ZONE, isValidTimeZone } from "@/lib/time/day-bounds";

/** A learner of a team as the dashboards need them: never their email. */
export type TeamLearner = { userId: string; name: string; timeZone: string };

/**
 * The team's members (role MEMBER), by name. Leads run the team rather than learn in it, so they
 * are not rows of its dashboard. Zones are checked here so SQL never meets a name it can't resolve.
 */
export async function listTeamLearners(db: Db, teamId: string): Promise<TeamLearner[]> {
  const rows = await db.membership.findMany({
    where: { teamId, role: "MEMBER" },
    orderBy: [{ user: { name: "asc" } }, { userId: "asc" }],
    select: { user: { select: { id: true, name: true, timeZone: true } } },
  });
  return rows.map(({ user }) => ({ userId: user.id, name: user.name, timeZone: isValidTimeZone(user.timeZone) ? user.timeZone : DEFAULT_TIME_ZONE }));
}

/** The topics a mastery grid has columns for: those with active questions, in course order. */
export async function listMasteryTopics(db: Db): Promise<{ id: string; slug: string; title: string }[]> {
  return db.topic.findMany({
    where: { templates: { some: { isLatest: true, status: "ACTIVE" } } },
    orderBy: [{ order: "asc" }, { id: "asc" }],
    select: { id: true, slug: true, title: true },
  });
}
