import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { getDb } from "@/lib/server/db";
import type { Actor } from "@/lib/server/data/actor";
import { requireTeamManager } from "@/lib/server/data/internal/authz/team-access";
import { finishedTeamAttempts } from "./internal/quiz-team-scope";

export type TeamQuizSummary = {
  id: string;
  title: string;
  publishedToAll: boolean;
  publishedAt: Date | null;
  /** Members with at least one finished attempt. */
  members: number;
  attempts: number;
  /** Mean of the members' first-attempt scores, in percent; null before anyone finished. */
  meanFirstPercent: number | null;
};

/**
 * The quizzes a team can take (published to it, or to everyone), newest first, with how its
 * members did. For the team's leads and administrators.
 */
export async function listQuizzesForTeam(actor: Actor, input: { teamId: string }, now: Date): Promise<{ team: { id: string; name: string }; quizzes: TeamQuizSummary[] }> {
  const db = getDb();
  const access = await requireTeamManager(db, actor, input.teamId);
  const quizzes = await db.$queryRaw<TeamQuizSummary[]>`
    WITH visible AS (
      SELECT q.id, q.title, q."publishedToAll", q."publishedAt"
      FROM "Quiz" q
      WHERE q.published
        AND (q."publishedToAll" OR EXISTS (SELECT 1 FROM "QuizTeam" qt WHERE qt."quizId" = q.id AND qt."teamId" = ${input.teamId}))
    ),
    finished AS ${finishedTeamAttempts(input.teamId, Prisma.sql`SELECT id FROM visible`, now)},
    firsts AS (
      SELECT DISTINCT ON (f."quizId", f."userId") f."quizId", 100.0 * f."correctCount" / NULLIF(f."questionCount", 0) AS percent
      FROM finished f
      ORDER BY f."quizId", f."userId", f."startedAt", f.id
    ),
    per_quiz AS (
      SELECT f."quizId", count(*)::int AS attempts, count(DISTINCT f."userId")::int AS members FROM finished f GROUP BY f."quizId"
    ),
    means AS (
      SELECT "quizId", round(avg(percent), 1)::float8 AS mean FROM firsts GROUP BY "quizId"
    )
    SELECT v.id, v.title, v."publishedToAll", v."publishedAt",
           COALESCE(p.members, 0) AS members, COALESCE(p.attempts, 0) AS attempts, m.mean AS "meanFirstPercent"
    FROM visible v
    LEFT JOIN per_quiz p ON p."quizId" = v.id
    LEFT JOIN means m ON m."quizId" = v.id
    ORDER BY v."publishedAt" DESC NULLS LAST, v.title, v.id`;
  return { team: { id: access.teamId, name: access.teamName }, quizzes };
}
