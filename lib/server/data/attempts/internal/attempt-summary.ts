import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/** What a list of attempts reads of each: its status, times, score and what it was a quiz of. */
export const ATTEMPT_SUMMARY_SELECT = {
  id: true,
  status: true,
  startedAt: true,
  finishedAt: true,
  questionCount: true,
  correctCount: true,
  feedbackMode: true,
  quiz: { select: { title: true } },
  topic: { select: { title: true } },
} satisfies Prisma.AttemptSelect;

type Row = Prisma.AttemptGetPayload<{ select: typeof ATTEMPT_SUMMARY_SELECT }>;

export type AttemptSummary = {
  id: string;
  title: string;
  status: Row["status"];
  startedAt: Date;
  finishedAt: Date | null;
  questionCount: number;
  /** Null while the score would give deferred feedback away (the attempt is still open). */
  correctCount: number | null;
};

/** An attempt as lists show it: titled by its quiz, or "<topic> quiz" for a topic quiz. */
export function toAttemptSummary(r: Row): AttemptSummary {
  return {
    id: r.id,
    title: r.quiz?.title ?? (r.topic ? `${r.topic.title} quiz` : "Quiz"),
    status: r.status,
    startedAt: r.startedAt,
    finishedAt: r.finishedAt,
    questionCount: r.questionCount,
    correctCount: scoreShown(r) ? r.correctCount : null,
  };
}

/** Under deferred feedback the score is the feedback: it is shown once the attempt is over. */
export function scoreShown(attempt: { feedbackMode: "IMMEDIATE" | "DEFERRED"; status: string }): boolean {
  return attempt.feedbackMode === "IMMEDIATE" || attempt.status !== "IN_PROGRESS";
}
