import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/server/db";
import { passes, quizGrade, type GradingMethod } from "@/lib/quiz/grading-method";
import { finishedTeamAttempts } from "./quiz-team-scope";

export type FinishedAttempt = {
  id: string;
  userId: string;
  quizId: string;
  startedAt: Date;
  finishedAt: Date;
  marksEarned: number;
  maxMarks: number;
  correctCount: number;
  questionCount: number;
};

export type MemberGrade = {
  userId: string;
  /** By the quiz's grading method, 0…100. */
  percent: number;
  passed: boolean | null;
  /** Every finished attempt, in start order, and the ids of those the grade counts. */
  attempts: FinishedAttempt[];
  counted: FinishedAttempt[];
};

/** The finished attempts of a team's members at the given quizzes (see finishedTeamAttempts), oldest first. */
export async function queryFinishedTeamAttempts(db: Db, teamId: string, quizIds: readonly string[], now: Date): Promise<FinishedAttempt[]> {
  if (quizIds.length === 0) return [];
  return db.$queryRaw<FinishedAttempt[]>`
    SELECT f.id, f."userId", f."quizId", f."startedAt", f."finishedAt", a."marksEarned", a."maxMarks", f."correctCount", f."questionCount"
    FROM ${finishedTeamAttempts(teamId, Prisma.join(quizIds), now)} f
    JOIN "Attempt" a ON a.id = f.id
    ORDER BY f."startedAt", f.id`;
}

/**
 * Each member's grade on one quiz from their finished attempts, by the quiz's grading method
 * (lib/quiz/grading-method.ts), with the attempts it counts: the results table, its CSV, the
 * team's quiz list and item analysis all read grades from here, so they agree.
 */
export function gradeMembers(attempts: readonly FinishedAttempt[], method: GradingMethod, passPercent: number | null): Map<string, MemberGrade> {
  const byUser = new Map<string, FinishedAttempt[]>();
  for (const a of attempts) {
    const list = byUser.get(a.userId);
    if (list) list.push(a);
    else byUser.set(a.userId, [a]);
  }
  const grades = new Map<string, MemberGrade>();
  for (const [userId, list] of byUser) {
    const grade = quizGrade(method, list)!;
    const counted = new Set(grade.counted);
    grades.set(userId, { userId, percent: grade.percent, passed: passes(grade.percent, passPercent), attempts: list, counted: list.filter((a) => counted.has(a.id)) });
  }
  return grades;
}
