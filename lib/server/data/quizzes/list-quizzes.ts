import "server-only";
import { getDb } from "@/lib/server/db";
import type { Actor } from "@/lib/server/data/actor";
import { requireAdmin } from "@/lib/server/data/internal/authz/require-admin";
import { questionCount } from "@/lib/quiz/quiz-facts";

export type QuizAdminRow = {
  id: string;
  title: string;
  published: boolean;
  audience: string;
  /** Questions one attempt asks (a draw counts as many as it draws). */
  questionCount: number;
  /** Attempts started by students, finished or not. */
  attemptCount: number;
  maxAttempts: number | null;
  feedbackMode: "IMMEDIATE" | "DEFERRED";
  timeLimitSeconds: number | null;
};

/** Admin-only: every quiz with its audience and use. */
export async function listQuizzes(actor: Actor): Promise<QuizAdminRow[]> {
  requireAdmin(actor);
  const rows = await getDb().quiz.findMany({
    orderBy: { updatedAt: "desc" },
    select: {
      id: true,
      title: true,
      published: true,
      publishedToAll: true,
      feedbackMode: true,
      timeLimitSeconds: true,
      maxAttempts: true,
      items: { select: { templateKey: true, drawCount: true } },
      teams: { select: { team: { select: { name: true } } } },
      _count: { select: { attempts: true } },
    },
  });
  return rows.map((q) => ({
    id: q.id,
    title: q.title,
    published: q.published,
    audience: !q.published ? "Not published" : q.publishedToAll ? "Everyone" : q.teams.map((t) => t.team.name).join(", "),
    questionCount: questionCount(q.items),
    attemptCount: q._count.attempts,
    maxAttempts: q.maxAttempts,
    feedbackMode: q.feedbackMode,
    timeLimitSeconds: q.timeLimitSeconds,
  }));
}
