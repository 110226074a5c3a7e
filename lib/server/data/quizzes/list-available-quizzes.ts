import "server-only";
import { questionCount } from "@/lib/quiz/quiz-facts";
import { getDb } from "@/lib/server/db";
import type { Actor } from "@/lib/server/data/actor";
import { visibleQuizFilter } from "./internal/visible-quiz-filter";

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
  bestScore: { correct: number; total: number } | null;
};

/** The published quizzes the actor may take, with their own attempts at each. */
export async function listAvailableQuizzes(actor: Actor): Promise<AvailableQuiz[]> {
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
      items: { select: { templateKey: true, drawCount: true } },
      attempts: { where: { userId: actor.id }, select: { id: true, status: true, correctCount: true, questionCount: true } },
    },
  });
  return quizzes.map((q) => {
    const finished = q.attempts.filter((a) => a.status !== "IN_PROGRESS");
    const best = finished.sort((a, b) => b.correctCount / b.questionCount - a.correctCount / a.questionCount)[0];
    return {
      id: q.id,
      title: q.title,
      description: q.description,
      questionCount: questionCount(q.items),
      feedbackMode: q.feedbackMode,
      timeLimitSeconds: q.timeLimitSeconds,
      maxAttempts: q.maxAttempts,
      attemptsUsed: q.attempts.length,
      openAttemptId: q.attempts.find((a) => a.status === "IN_PROGRESS")?.id ?? null,
      publishedAt: q.publishedAt,
      bestScore: best ? { correct: best.correctCount, total: best.questionCount } : null,
    };
  });
}
