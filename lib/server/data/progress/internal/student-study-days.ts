import "server-only";
import type { Db } from "@/lib/server/db";

/**
 * The student's local dates ("YYYY-MM-DD", in `timeZone`) on which they answered at least one
 * quiz question, oldest first. Distinct days are computed in PostgreSQL, so only a row per day
 * reaches Node however many questions were answered. Internal helper for the student's own data.
 */
export async function queryQuizStudyDays(db: Db, userId: string, timeZone: string): Promise<string[]> {
  const rows = await db.$queryRaw<{ date: string }[]>`
    SELECT DISTINCT to_char(((aq."answeredAt" AT TIME ZONE 'UTC') AT TIME ZONE ${timeZone})::date, 'YYYY-MM-DD') AS date
    FROM "Attempt" a
    JOIN "AttemptQuestion" aq ON aq."attemptId" = a.id
    WHERE a."userId" = ${userId} AND NOT a.preview AND aq."answeredAt" IS NOT NULL
    ORDER BY 1`;
  return rows.map((r) => r.date);
}
