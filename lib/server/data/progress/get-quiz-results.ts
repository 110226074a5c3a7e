import "server-only";
import { getDb } from "@/lib/server/db";
import type { GradingMethod } from "@/lib/quiz/grading-method";
import type { Actor } from "@/lib/server/data/actor";
import { gradeMembers, queryFinishedTeamAttempts } from "./internal/graded-team-attempts";
import { requireTeamQuiz, type TeamQuizScope } from "./internal/quiz-team-scope";

export type QuizResultRow = {
  userId: string;
  name: string;
  /** The member's grade by the quiz's grading method, 0…100, rounded to 0.1. */
  grade: number;
  /** Whether the grade reaches the pass mark; null without one. */
  passed: boolean | null;
  /** For a grade from one attempt (highest, first, last): its marks and how long it took, in whole seconds. */
  graded: { marksEarned: number; maxMarks: number; seconds: number } | null;
  attempts: number;
  lastAttemptAt: Date;
};

export type QuizResults = TeamQuizScope & { gradingMethod: GradingMethod; passPercent: number | null; rows: QuizResultRow[] };

/**
 * The results table of a quiz for a team: one row per member with a finished attempt, ordered by
 * name, graded by the quiz's grading method (the highest attempt: the earliest of equals). Names
 * only — a report never carries email addresses.
 */
export async function getQuizResults(actor: Actor, input: { teamId: string; quizId: string }, now: Date): Promise<QuizResults> {
  const db = getDb();
  const scope = await requireTeamQuiz(db, actor, input.teamId, input.quizId);
  const [quiz, attempts] = await Promise.all([
    db.quiz.findUniqueOrThrow({ where: { id: input.quizId }, select: { gradingMethod: true, passPercent: true } }),
    queryFinishedTeamAttempts(db, input.teamId, [input.quizId], now),
  ]);
  const grades = gradeMembers(attempts, quiz.gradingMethod, quiz.passPercent);
  const names = new Map((await db.user.findMany({ where: { id: { in: [...grades.keys()] } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]));
  const rows = [...grades.values()].map((g): QuizResultRow => {
    const one = g.counted.length === 1 && quiz.gradingMethod !== "AVERAGE" ? g.counted[0]! : null;
    return {
      userId: g.userId,
      name: names.get(g.userId) ?? "",
      grade: Math.round(g.percent * 10) / 10,
      passed: g.passed,
      graded: one ? { marksEarned: one.marksEarned, maxMarks: one.maxMarks, seconds: Math.max(0, Math.round((one.finishedAt.getTime() - one.startedAt.getTime()) / 1000)) } : null,
      attempts: g.attempts.length,
      lastAttemptAt: g.attempts.reduce((last, a) => (a.finishedAt > last ? a.finishedAt : last), g.attempts[0]!.finishedAt),
    };
  });
  rows.sort((a, b) => a.name.localeCompare(b.name, "en") || (a.userId < b.userId ? -1 : 1));
  return { ...scope, gradingMethod: quiz.gradingMethod, passPercent: quiz.passPercent, rows };
}
