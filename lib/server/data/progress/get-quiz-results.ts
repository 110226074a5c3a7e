import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { getDb } from "@/lib/server/db";
import type { Actor } from "@/lib/server/data/actor";
import { finishedTeamAttempts, requireTeamQuiz, type TeamQuizScope } from "./internal/quiz-team-scope";

export type QuizScore = { correct: number; total: number; percent: number };

export type QuizResultRow = {
  userId: string;
  name: string;
  first: QuizScore;
  best: QuizScore;
  /** finishedAt − startedAt of the best attempt, in whole seconds. */
  bestSeconds: number;
  attempts: number;
  lastAttemptAt: Date;
};

export type QuizResults = TeamQuizScope & { rows: QuizResultRow[] };

type Raw = {
  userId: string;
  name: string;
  firstCorrect: number;
  firstTotal: number;
  firstPercent: number;
  bestCorrect: number;
  bestTotal: number;
  bestPercent: number;
  bestSeconds: number;
  attempts: number;
  lastAttemptAt: Date;
};

/**
 * The results table of a quiz for a team: one row per member with a finished attempt, ordered by
 * name. The best attempt is the highest share correct; among equals, the quickest, then the
 * earliest. Names only — a report never carries email addresses.
 */
export async function getQuizResults(actor: Actor, input: { teamId: string; quizId: string }, now: Date): Promise<QuizResults> {
  const db = getDb();
  const scope = await requireTeamQuiz(db, actor, input.teamId, input.quizId);
  const rows = await db.$queryRaw<Raw[]>`
    WITH finished AS ${finishedTeamAttempts(input.teamId, Prisma.sql`${input.quizId}`, now)},
    ranked AS (
      SELECT f.*,
             row_number() OVER (PARTITION BY f."userId" ORDER BY f."startedAt", f.id) AS first_rank,
             row_number() OVER (
               PARTITION BY f."userId"
               ORDER BY f."correctCount"::float8 / NULLIF(f."questionCount", 0) DESC NULLS LAST,
                        f."finishedAt" - f."startedAt", f."startedAt", f.id
             ) AS best_rank
      FROM finished f
    )
    SELECT r."userId", u.name,
           min(r."correctCount") FILTER (WHERE first_rank = 1) AS "firstCorrect",
           min(r."questionCount") FILTER (WHERE first_rank = 1) AS "firstTotal",
           min(round(100.0 * r."correctCount" / NULLIF(r."questionCount", 0), 1)::float8) FILTER (WHERE first_rank = 1) AS "firstPercent",
           min(r."correctCount") FILTER (WHERE best_rank = 1) AS "bestCorrect",
           min(r."questionCount") FILTER (WHERE best_rank = 1) AS "bestTotal",
           min(round(100.0 * r."correctCount" / NULLIF(r."questionCount", 0), 1)::float8) FILTER (WHERE best_rank = 1) AS "bestPercent",
           min(round(extract(epoch FROM r."finishedAt" - r."startedAt"))::int) FILTER (WHERE best_rank = 1) AS "bestSeconds",
           count(*)::int AS attempts,
           max(r."finishedAt") AS "lastAttemptAt"
    FROM ranked r
    JOIN "User" u ON u.id = r."userId"
    GROUP BY r."userId", u.name
    ORDER BY u.name, r."userId"`;
  return {
    ...scope,
    rows: rows.map((r) => ({
      userId: r.userId,
      name: r.name,
      first: { correct: r.firstCorrect, total: r.firstTotal, percent: r.firstPercent ?? 0 },
      best: { correct: r.bestCorrect, total: r.bestTotal, percent: r.bestPercent ?? 0 },
      bestSeconds: Math.max(0, r.bestSeconds),
      attempts: r.attempts,
      lastAttemptAt: r.lastAttemptAt,
    })),
  };
}
