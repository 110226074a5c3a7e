import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/server/db";
import { NotFoundError } from "@/lib/server/errors";
import type { Actor } from "@/lib/server/data/actor";
import { requireTeamManager } from "@/lib/server/data/internal/authz/team-access";

export type TeamQuizScope = { team: { id: string; name: string }; quiz: { id: string; title: string } };

/**
 * Authorizes a quiz report for a team: only the team's leads and administrators (others get a
 * 403 from requireTeamManager), and only for a quiz published to this team or to everyone — any
 * other quiz is a 404, the same answer whether it exists or not.
 */
export async function requireTeamQuiz(db: Db, actor: Actor, teamId: string, quizId: string): Promise<TeamQuizScope> {
  const access = await requireTeamManager(db, actor, teamId);
  const quiz = await db.quiz.findFirst({
    where: { id: quizId, published: true, OR: [{ publishedToAll: true }, { teams: { some: { teamId } } }] },
    select: { id: true, title: true },
  });
  if (!quiz) throw new NotFoundError(`This quiz isn't published to ${access.teamName}.`);
  return { team: { id: access.teamId, name: access.teamName }, quiz };
}

/**
 * The finished attempts of the team's members (leads included) at the given quizzes, as a SQL
 * subquery with columns id, userId, quizId, startedAt, finishedAt, questionCount, correctCount.
 * A timed attempt whose deadline has passed counts as expired at its deadline even before a read
 * closes it, so reports don't depend on whether the student came back. Open attempts are left out.
 * Only memberships are joined, so a non-member who took the same public quiz never appears.
 */
export function finishedTeamAttempts(teamId: string, quizIds: Prisma.Sql, now: Date): Prisma.Sql {
  return Prisma.sql`(
    SELECT a.id, a."userId", a."quizId", a."startedAt", a."questionCount", a."correctCount",
           CASE WHEN a.status = 'IN_PROGRESS' THEN a.deadline ELSE COALESCE(a."finishedAt", a."startedAt") END AS "finishedAt"
    FROM "Membership" m
    JOIN "Attempt" a ON a."userId" = m."userId"
    WHERE m."teamId" = ${teamId}
      AND a."quizId" IN (${quizIds})
      AND NOT a.preview
      AND (a.status IN ('SUBMITTED', 'EXPIRED') OR (a.status = 'IN_PROGRESS' AND a.deadline < ${now}::timestamp))
  )`;
}
