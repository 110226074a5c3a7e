import "server-only";
import type { Db } from "@/lib/server/db";
import { queryMasteryFromAnswers, type MasteryPeriod, type MasteryRow } from "./internal/query-mastery-from-answers";

export type { MasteryPeriod, MasteryRow };

/**
 * Mastery per (student, topic) for the given students, computed in PostgreSQL: for each template
 * key, the student's latest answer (any version of the template, within the period when one is
 * given) decides whether it counts as mastered; the denominator is the topic's active templates.
 * Internal helper: callers are data functions that have already authorized the actor for these
 * students. Every (student, topic) pair with active templates is returned, zeros included.
 *
 * Read from LatestAnswer (one row per student and template key, kept by triggers): when none of
 * the students answered at or after the period's end, a key's latest answer in the period is its
 * latest answer overall, counted when it falls on or after the start. That covers all time and
 * every period up to today, which is what the pages ask for; a period that ended before some of
 * the latest answers is computed from the answers themselves.
 */
export async function queryMastery(db: Db, userIds: readonly string[], period: MasteryPeriod = {}): Promise<MasteryRow[]> {
  if (userIds.length === 0) return [];
  const from = period.from ?? null;
  const to = period.to ?? null;
  const rows = await db.$queryRaw<(MasteryRow & { answeredAfter: boolean })[]>`
    WITH active AS (
      SELECT key, "topicId" FROM "QuestionTemplate" WHERE "isLatest" AND status = 'ACTIVE'
    ), totals AS (
      SELECT "topicId", count(*)::int AS total FROM active GROUP BY "topicId"
    ), latest AS MATERIALIZED (
      SELECT la."userId", la."templateKey" AS key, la.correct, la."answeredAt"
      FROM "LatestAnswer" la WHERE la."userId" = ANY(${userIds as string[]}::text[])
    ), per_topic AS (
      SELECT l."userId", act."topicId",
             count(*) FILTER (WHERE l.correct)::int AS mastered,
             count(*)::int AS answered
      FROM latest l JOIN active act ON act.key = l.key
      WHERE ${from}::timestamp IS NULL OR l."answeredAt" >= ${from}::timestamp
      GROUP BY l."userId", act."topicId"
    )
    SELECT u.id AS "userId", t."topicId", COALESCE(p.mastered, 0) AS mastered, COALESCE(p.answered, 0) AS answered, t.total,
           (${to}::timestamp IS NOT NULL AND EXISTS (SELECT 1 FROM latest WHERE "answeredAt" >= ${to}::timestamp)) AS "answeredAfter"
    FROM unnest(${userIds as string[]}::text[]) AS u(id)
    CROSS JOIN totals t
    LEFT JOIN per_topic p ON p."userId" = u.id AND p."topicId" = t."topicId"
    ORDER BY u.id, t."topicId"`;
  if (rows.some((r) => r.answeredAfter)) return queryMasteryFromAnswers(db, userIds, period);
  return rows.map((r) => ({ userId: r.userId, topicId: r.topicId, mastered: r.mastered, answered: r.answered, total: r.total }));
}
