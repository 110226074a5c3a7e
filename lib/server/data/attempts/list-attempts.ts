import "server-only";
import { getDb } from "@/lib/server/db";
import type { Actor } from "../actor";

export type AttemptSummary = {
  id: string;
  title: string;
  status: "IN_PROGRESS" | "SUBMITTED" | "EXPIRED";
  startedAt: Date;
  finishedAt: Date | null;
  questionCount: number;
  correctCount: number;
};

/** The actor's own attempts, newest first, optionally for one topic. */
export async function listAttempts(actor: Actor, filter: { topic?: string } = {}, take = 20): Promise<AttemptSummary[]> {
  const rows = await getDb().attempt.findMany({
    where: { userId: actor.id, ...(filter.topic ? { topic: { slug: filter.topic } } : {}) },
    orderBy: { startedAt: "desc" },
    take,
    select: {
      id: true,
      status: true,
      startedAt: true,
      finishedAt: true,
      questionCount: true,
      correctCount: true,
      quiz: { select: { title: true } },
      topic: { select: { title: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    title: r.quiz?.title ?? (r.topic ? `${r.topic.title} quiz` : "Quiz"),
    status: r.status,
    startedAt: r.startedAt,
    finishedAt: r.finishedAt,
    questionCount: r.questionCount,
    correctCount: r.correctCount,
  }));
}
