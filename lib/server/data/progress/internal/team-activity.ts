import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/server/db";
import type { TeamLearner } from "./team-members";
import { inPeriod, type TeamPeriod } from "./team-period";

export const ACTIVITY_LIMIT = 20;

export type TeamActivity =
  | {
      kind: "attempt";
      at: Date;
      userId: string;
      name: string;
      /** The quiz's title, or null for a topic quiz (then `topicTitle` names it). */
      quizTitle: string | null;
      topicTitle: string | null;
      correct: number;
      questions: number;
      /** From start to submission. */
      seconds: number;
    }
  | { kind: "reviews"; at: Date; userId: string; name: string; /** The member's local day. */ day: string; reviews: number };

type Row = {
  kind: "attempt" | "reviews";
  at: Date;
  userId: string;
  quizTitle: string | null;
  topicTitle: string | null;
  correct: number | null;
  questions: number | null;
  seconds: number | null;
  day: string | null;
  reviews: number | null;
};

/**
 * The latest events of the team's members in the period: submitted quizzes, and days of reviews
 * (one event per member and local day, dated by its last review). Each half is limited in SQL
 * before the two are merged, so only ACTIVITY_LIMIT × 2 rows ever leave the database.
 */
export async function teamActivity(db: Db, learners: readonly TeamLearner[], period: TeamPeriod): Promise<TeamActivity[]> {
  if (learners.length === 0) return [];
  const ids = learners.map((l) => l.userId);
  const zones = learners.map((l) => l.timeZone);
  const rows = await db.$queryRaw<Row[]>`
    (SELECT 'attempt' AS kind, a."finishedAt" AS at, a."userId", q.title AS "quizTitle", t.title AS "topicTitle",
            a."correctCount" AS correct, a."questionCount" AS questions,
            GREATEST(0, round(EXTRACT(EPOCH FROM a."finishedAt" - a."startedAt")))::int AS seconds,
            NULL::text AS day, NULL::int AS reviews
     FROM "Attempt" a
     LEFT JOIN "Quiz" q ON q.id = a."quizId"
     LEFT JOIN "Topic" t ON t.id = a."topicId"
     WHERE a."userId" = ANY(${ids}::text[]) AND NOT a.preview AND a."status" = 'SUBMITTED' AND a."finishedAt" IS NOT NULL
       AND ${inPeriod(Prisma.sql`a."finishedAt"`, period)}
     ORDER BY a."finishedAt" DESC, a.id DESC
     LIMIT ${ACTIVITY_LIMIT})
    UNION ALL
    (WITH latest AS (
       -- Each member's last review in the period: one index lookup per member.
       SELECT m.id, m.tz, x.at
       FROM unnest(${ids}::text[], ${zones}::text[]) AS m(id, tz)
       CROSS JOIN LATERAL (
         SELECT l."reviewedAt" AS at FROM "ReviewLog" l
         WHERE l."userId" = m.id AND ${inPeriod(Prisma.sql`l."reviewedAt"`, period)}
         ORDER BY l."reviewedAt" DESC LIMIT 1
       ) x
     ), cutoff AS (
       -- The newest review-day events all end at or after the LIMIT-th latest member's last
       -- review, and a local day lasts at most 25 hours: older reviews can't change the result.
       SELECT COALESCE((SELECT at FROM latest ORDER BY at DESC OFFSET ${ACTIVITY_LIMIT - 1} LIMIT 1), '-infinity'::timestamp) AS at
     )
     SELECT 'reviews', max(r."reviewedAt"), r."userId", NULL, NULL, NULL, NULL, NULL, to_char(r.day, 'YYYY-MM-DD'), count(*)::int
     FROM (
       SELECT l."userId", l."reviewedAt", ((l."reviewedAt" AT TIME ZONE 'UTC') AT TIME ZONE m.tz)::date AS day
       FROM latest m
       JOIN "ReviewLog" l ON l."userId" = m.id AND ${inPeriod(Prisma.sql`l."reviewedAt"`, period)}
         AND l."reviewedAt" >= (SELECT at FROM cutoff) - interval '26 hours'
     ) r
     GROUP BY r."userId", r.day
     HAVING max(r."reviewedAt") >= (SELECT at FROM cutoff)
     ORDER BY max(r."reviewedAt") DESC, r."userId"
     LIMIT ${ACTIVITY_LIMIT})
    ORDER BY at DESC, "userId"
    LIMIT ${ACTIVITY_LIMIT}`;
  const nameOf = new Map(learners.map((l) => [l.userId, l.name]));
  return rows.map((r): TeamActivity => {
    const who = { at: r.at, userId: r.userId, name: nameOf.get(r.userId) ?? "" };
    return r.kind === "attempt"
      ? { kind: "attempt", ...who, quizTitle: r.quizTitle, topicTitle: r.topicTitle, correct: r.correct ?? 0, questions: r.questions ?? 0, seconds: r.seconds ?? 0 }
      : { kind: "reviews", ...who, day: r.day ?? "", reviews: r.reviews ?? 0 };
  });
}
