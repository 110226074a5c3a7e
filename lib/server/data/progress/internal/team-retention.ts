import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { splitByUtcDays } from "@/lib/progress/utc-day-split";
import type { Db } from "@/lib/server/db";
import type { TeamLearner } from "./team-members";
import type { TeamPeriod } from "./team-period";

export type Retention = { passed: number; total: number };

/**
 * True retention per member over the period, in PostgreSQL: each card's first review of a local
 * day (flagged on insert, in the member's zone), counted when the card was in review before it;
 * Again fails, the rest pass — the same rule as a student's own statistics. The period's whole
 * UTC days come from RetentionDay (one row per member and day, kept by triggers on ReviewLog);
 * its partial first and last day are counted from the reviews themselves, index-only on
 * ReviewLog(userId, firstOfDay, stateBefore, reviewedAt, rating). One branch per edge, so each
 * is a range scan rather than an OR the index can't use.
 */
export async function teamRetention(db: Db, learners: readonly TeamLearner[], period: TeamPeriod): Promise<Map<string, Retention>> {
  const result = new Map<string, Retention>(learners.map((l) => [l.userId, { passed: 0, total: 0 }]));
  if (learners.length === 0) return result;
  const ids = learners.map((l) => l.userId);
  const { days, edges } = splitByUtcDays(period);
  const parts: Prisma.Sql[] = [];
  if (days) {
    const bounds = [
      days.from ? Prisma.sql`d."day" >= ${days.from.toISOString()}::date` : Prisma.sql`TRUE`,
      days.to ? Prisma.sql`d."day" < ${days.to.toISOString()}::date` : Prisma.sql`TRUE`,
    ];
    parts.push(Prisma.sql`
      SELECT d."userId", d."passed", d."total" FROM "RetentionDay" d
      WHERE d."userId" = ANY(${ids}::text[]) AND ${Prisma.join(bounds, " AND ")}`);
  }
  for (const edge of edges) {
    parts.push(Prisma.sql`
      SELECT l."userId", count(*) FILTER (WHERE l."rating" <> 'AGAIN')::int, count(*)::int
      FROM "ReviewLog" l
      WHERE l."userId" = ANY(${ids}::text[]) AND l."firstOfDay" AND l."stateBefore" = 'REVIEW'
        AND l."reviewedAt" >= ${edge.from.toISOString()}::timestamp AND l."reviewedAt" < ${edge.to.toISOString()}::timestamp
      GROUP BY l."userId"`);
  }
  if (parts.length === 0) return result;
  const rows = await db.$queryRaw<{ userId: string; passed: number; total: number }[]>`
    SELECT x."userId", sum(x."passed")::int AS passed, sum(x."total")::int AS total
    FROM (${Prisma.join(parts, " UNION ALL ")}) AS x("userId", "passed", "total")
    GROUP BY x."userId"`;
  for (const row of rows) result.set(row.userId, { passed: row.passed, total: row.total });
  return result;
}
