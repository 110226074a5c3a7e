import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/server/db";
import type { TeamLearner } from "./team-members";
import { inPeriod, type TeamPeriod } from "./team-period";

export type Retention = { passed: number; total: number };

/**
 * True retention per member over the period, in PostgreSQL: each card's first review of a local
 * day (flagged on insert, in the member's zone), counted when the card was in review before it;
 * Again fails, the rest pass — the same rule as a student's own statistics. Exactly the counted
 * reviews are read, index-only, from ReviewLog(userId, firstOfDay, stateBefore, reviewedAt, rating).
 */
export async function teamRetention(db: Db, learners: readonly TeamLearner[], period: TeamPeriod): Promise<Map<string, Retention>> {
  const result = new Map<string, Retention>(learners.map((l) => [l.userId, { passed: 0, total: 0 }]));
  if (learners.length === 0) return result;
  const ids = learners.map((l) => l.userId);
  const rows = await db.$queryRaw<{ userId: string; passed: number; total: number }[]>`
    SELECT l."userId", count(*) FILTER (WHERE l."rating" <> 'AGAIN')::int AS passed, count(*)::int AS total
    FROM "ReviewLog" l
    WHERE l."userId" = ANY(${ids}::text[]) AND l."firstOfDay" AND l."stateBefore" = 'REVIEW'
      AND ${inPeriod(Prisma.sql`l."reviewedAt"`, period)}
    GROUP BY l."userId"`;
  for (const row of rows) result.set(row.userId, { passed: row.passed, total: row.total });
  return result;
}
