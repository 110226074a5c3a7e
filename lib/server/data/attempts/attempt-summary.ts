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
  correctCount: number;
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
    correctCount: r.correctCount,
  };
}
