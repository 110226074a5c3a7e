import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/server/db";
import type { TeamLearner } from "./team-members";
import { inPeriod, type TeamPeriod } from "./team-period";

export type Retention = { passed: number; total: number };

/**
 * True retention per member over the period, in PostgreSQL: each card's first review of a local
 * day (the member's zone), counted when the card was in review before it; Again fails, the rest
 * pass — the same rule as a student's own statistics. Reviews a day either side of the period are
 * read too, so a first review just before the start still makes a later one that day a repeat.
 */
export async function teamRetention(db: Db, learners: readonly TeamLearner[], period: TeamPeriod): Promise<Map<string, Retention>> {
  const result = new Map<string, Retention>(learners.map((l) => [l.userId, { passed: 0, total: 0 }]));
  if (learners.length === 0) return result;
  const ids = learners.map((l) => l.userId);
  const zones = learners.map((l) => l.timeZone);
  const rows = await db.$queryRaw<{ userId: string; passed: number; total: number }[]>`
    WITH firsts AS (
      SELECT DISTINCT ON (r."studentCardId", r.day) r."userId", r."stateBefore", r."rating", r."reviewedAt"
      FROM (
        SELECT l."userId", l."studentCardId", l."stateBefore", l."rating", l."reviewedAt", l.id,
               ((l."reviewedAt" AT TIME ZONE 'UTC') AT TIME ZONE m.tz)::date AS day
        FROM unnest(${ids}::text[], ${zones}::text[]) AS m(id, tz)
        JOIN "ReviewLog" l ON l."userId" = m.id AND ${inPeriod(Prisma.sql`l."reviewedAt"`, period, "1 day")}
      ) r
      ORDER BY r."studentCardId", r.day, r."reviewedAt", r.id
    )
    SELECT "userId", count(*) FILTER (WHERE "rating" <> 'AGAIN')::int AS passed, count(*)::int AS total
    FROM firsts
    WHERE "stateBefore" = 'REVIEW' AND ${inPeriod(Prisma.sql`"reviewedAt"`, period)}
    GROUP BY "userId"`;
  for (const row of rows) result.set(row.userId, { passed: row.passed, total: row.total });
  return result;
}
