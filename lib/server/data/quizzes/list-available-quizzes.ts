import "server-only";
import { questionCount } from "@/lib/quiz/quiz-facts";
import { passes, quizGrade, type GradingMethod } from "@/lib/quiz/grading-method";
import { windowState, type WindowState } from "@/lib/quiz/quiz-window";
import { getDb } from "@/lib/server/db";
import type { Actor } from "@/lib/server/data/actor";
import { visibleQuizFilter } from "./internal/visible-quiz-filter";
import { quizWindowSelect, studentWindow } from "./internal/student-quiz-window";

export type AvailableQuiz = {
  id: string;
  title: string;
  description: string;
  questionCount: number;
  feedbackMode: "IMMEDIATE" | "DEFERRED";
  timeLimitSeconds: number | null;
  maxAttempts: number | null;
  attemptsUsed: number;
  openAttemptId: string | null;
  publishedAt: Date | null;
  /** When the actor may start an attempt: not yet, now (until when), or no longer. */
  window: WindowState;
  gradingMethod: GradingMethod;
  passPercent: number | null;
  /** The actor's grade by the quiz's grading method over their finished attempts, and whether it passes. */
  grade: { percent: number; passed: boolean | null; finished: number } | null;
};

/** The published quizzes the actor may take, with their own attempts at each and their grade. */
export async function listAvailableQuizzes(actor: Actor, now: Date): Promise<AvailableQuiz[]> {
  const quizzes = await getDb().quiz.findMany({
    where: visibleQuizFilter(actor),
    orderBy: { publishedAt: "desc" },
    select: {
      id: true,
      title: true,
      description: true,
      feedbackMode: true,
      timeLimitSeconds: true,
      maxAttempts: true,
      publishedAt: true,
      gradingMethod: true,
      passPercent: true,
      ...quizWindowSelect(actor.id),
      items: { select: { templateKey: true, drawCount: true } },
      attempts: { where: { userId: actor.id, preview: false }, select: { id: true, status: true, deadline: true, startedAt: true, marksEarned: true, maxMarks: true } },
    },
  });
  return quizzes.map((q) => {
    // A timed attempt past its deadline is over even before a read closes it.
    const over = (a: (typeof q.attempts)[number]) => a.status !== "IN_PROGRESS" || (a.deadline !== null && a.deadline <= now);
    const finished = q.attempts.filter(over);
    const grade = quizGrade(q.gradingMethod, finished);
    return {
      id: q.id,
      title: q.title,
      description: q.description,
      questionCount: questionCount(q.items),
      feedbackMode: q.feedbackMode,
      timeLimitSeconds: q.timeLimitSeconds,
      maxAttempts: q.maxAttempts,
      attemptsUsed: q.attempts.length,
      openAttemptId: q.attempts.find((a) => !over(a))?.id ?? null,
      publishedAt: q.publishedAt,
      window: windowState(studentWindow(q), now),
      gradingMethod: q.gradingMethod,
      passPercent: q.passPercent,
      grade: grade ? { percent: grade.percent, passed: passes(grade.percent, q.passPercent), finished: finished.length } : null,
    };
  });
}
