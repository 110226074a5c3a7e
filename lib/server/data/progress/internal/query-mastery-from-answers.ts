import "server-only";
import type { Db } from "@/lib/server/db";
import type { MasteryCount } from "@/lib/progress/mastery";

export type MasteryRow = MasteryCount & { userId: string; topicId: string };

export type MasteryPeriod = { from?: Date | null; to?: Date | null };

/**
 * Mastery per (student, topic) computed from the answers themselves: for each template key, the
 * student's latest answer within the period decides. Exact for any period, and what `queryMastery`
 * falls back to when the LatestAnswer summary can't answer (a period that ended before some of
 * the students' latest answers). Only answered questions count, so an open question in an
 * unfinished attempt is ignored, and so is an answer under deferred feedback until its attempt ends. Every (student, topic) pair with active templates is returned.
 */
export async function queryMasteryFromAnswers(db: Db, userIds: readonly string[], period: MasteryPeriod = {}): Promise<MasteryRow[]> {
  if (userIds.length === 0) return [];
  const from = period.from ?? null;
  const to = period.to ?? null;
  return db.$queryRaw<MasteryRow[]>`
    WITH active AS (
      SELECT key, "topicId" FROM "QuestionTemplate" WHERE "isLatest" AND status = 'ACTIVE'
    ), totals AS (
      SELECT "topicId", count(*)::int AS total FROM active GROUP BY "topicId"
    ), answers AS MATERIALIZED (
      -- The students' answers, read by index one attempt at a time (OFFSET 0 keeps the planner
      -- from flattening this into a hash join over every answer of every student). MATERIALIZED
      -- so the template lookup below is one hash join, not one per attempt.
      SELECT a."userId", aq."templateId", aq.correct, aq."answeredAt", aq.id
      FROM "Attempt" a
      CROSS JOIN LATERAL (
        SELECT q."templateId", q.correct, q."answeredAt", q.id
        FROM "AttemptQuestion" q
        WHERE q."attemptId" = a.id
          AND q."answeredAt" IS NOT NULL
          AND (${from}::timestamp IS NULL OR q."answeredAt" >= ${from}::timestamp)
          AND (${to}::timestamp IS NULL OR q."answeredAt" < ${to}::timestamp)
        OFFSET 0
      ) aq
      WHERE a."userId" = ANY(${userIds as string[]}::text[]) AND NOT a.preview
        -- Only answers whose correctness the student may see: deferred feedback waits for the end.
        AND (a."feedbackMode" = 'IMMEDIATE' OR a.status <> 'IN_PROGRESS')
        -- An answer in the period belongs to an attempt started before its end and not
        -- finished before its start: skip the other attempts without reading their answers.
        AND (${from}::timestamp IS NULL OR a."finishedAt" IS NULL OR a."finishedAt" >= ${from}::timestamp)
        AND (${to}::timestamp IS NULL OR a."startedAt" < ${to}::timestamp)
    ), latest AS (
      SELECT DISTINCT ON (x."userId", qt.key) x."userId", qt.key, x.correct
      FROM answers x JOIN "QuestionTemplate" qt ON qt.id = x."templateId"
      ORDER BY x."userId", qt.key, x."answeredAt" DESC, x.id DESC
    ), per_topic AS (
      SELECT l."userId", act."topicId",
             count(*) FILTER (WHERE l.correct)::int AS mastered,
             count(*)::int AS answered
      FROM latest l JOIN active act ON act.key = l.key
      GROUP BY l."userId", act."topicId"
    )
    SELECT u.id AS "userId", t."topicId", COALESCE(p.mastered, 0) AS mastered, COALESCE(p.answered, 0) AS answered, t.total
    FROM unnest(${userIds as string[]}::text[]) AS u(id)
    CROSS JOIN totals t
    LEFT JOIN per_topic p ON p."userId" = u.id AND p."topicId" = t."topicId"
    ORDER BY u.id, t."topicId"`;
}
