import "server-only";
import type { Db } from "@/lib/server/db";
import { ATTEMPT_SUMMARY_SELECT, toAttemptSummary } from "@/lib/server/data/attempts/internal/attempt-summary";

export type QuizHistoryEntry = {
  id: string;
  title: string;
  status: "SUBMITTED" | "EXPIRED";
  startedAt: Date;
  finishedAt: Date | null;
  correctCount: number;
  questionCount: number;
  /** Whole seconds from start to finish; null when the end wasn't recorded. */
  durationSeconds: number | null;
  href: string;
};

/**
 * The student's most recent finished attempts (submitted, or closed at the deadline), newest
 * first, and how many finished attempts they have in all. Internal helper for their own data.
 */
export async function queryQuizHistory(db: Db, userId: string, take: number): Promise<{ entries: QuizHistoryEntry[]; total: number }> {
  const where = { userId, preview: false, status: { in: ["SUBMITTED" as const, "EXPIRED" as const] } };
  const [rows, total] = await Promise.all([
    db.attempt.findMany({ where, orderBy: [{ startedAt: "desc" }, { id: "desc" }], take, select: ATTEMPT_SUMMARY_SELECT }),
    db.attempt.count({ where }),
  ]);
  const entries = rows.map((r) => ({
    ...toAttemptSummary(r),
    status: r.status as QuizHistoryEntry["status"],
    // Finished attempts only: their score is always shown.
    correctCount: r.correctCount,
    durationSeconds: r.finishedAt ? Math.max(0, Math.round((r.finishedAt.getTime() - r.startedAt.getTime()) / 1000)) : null,
    href: `/attempts/${r.id}/review`,
  }));
  return { entries, total };
}
