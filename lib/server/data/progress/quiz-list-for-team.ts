import "server-only";
import { getDb } from "@/lib/server/db";
import type { GradingMethod } from "@/lib/quiz/grading-method";
import type { Actor } from "@/lib/server/data/actor";
import { requireTeamManager } from "@/lib/server/data/internal/authz/team-access";
import { gradeMembers, queryFinishedTeamAttempts } from "./internal/graded-team-attempts";

export type TeamQuizSummary = {
  id: string;
  title: string;
  publishedToAll: boolean;
  publishedAt: Date | null;
  gradingMethod: GradingMethod;
  passPercent: number | null;
  /** Members with at least one finished attempt. */
  members: number;
  attempts: number;
  /** Mean of the members' grades (by the quiz's grading method), in percent to 0.1; null before anyone finished. */
  meanGradePercent: number | null;
  /** Members whose grade reaches the pass mark; null without one. */
  passed: number | null;
};

/**
 * The quizzes a team can take (published to it, or to everyone), newest first, with how its
 * members did, graded as the results page grades. For the team's leads and administrators.
 */
export async function listQuizzesForTeam(actor: Actor, input: { teamId: string }, now: Date): Promise<{ team: { id: string; name: string }; quizzes: TeamQuizSummary[] }> {
  const db = getDb();
  const access = await requireTeamManager(db, actor, input.teamId);
  const visible = await db.quiz.findMany({
    where: { published: true, OR: [{ publishedToAll: true }, { teams: { some: { teamId: input.teamId } } }] },
    orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { title: "asc" }, { id: "asc" }],
    select: { id: true, title: true, publishedToAll: true, publishedAt: true, gradingMethod: true, passPercent: true },
  });
  const attempts = await queryFinishedTeamAttempts(
    db,
    input.teamId,
    visible.map((q) => q.id),
    now,
  );
  const quizzes = visible.map((q): TeamQuizSummary => {
    const mine = attempts.filter((a) => a.quizId === q.id);
    const grades = [...gradeMembers(mine, q.gradingMethod, q.passPercent).values()];
    const mean = grades.length ? grades.reduce((s, g) => s + g.percent, 0) / grades.length : null;
    return {
      ...q,
      members: grades.length,
      attempts: mine.length,
      meanGradePercent: mean === null ? null : Math.round(mean * 10) / 10,
      passed: q.passPercent === null ? null : grades.filter((g) => g.passed).length,
    };
  });
  return { team: { id: access.teamId, name: access.teamName }, quizzes };
}
