import "server-only";
import { getDb } from "@/lib/server/db";
import type { Actor } from "@/lib/server/data/actor";
import { requireAdmin } from "@/lib/server/data/internal/authz/require-admin";
import { quizToJson } from "@/lib/quizformer-json/quiz-json";
import { QUIZ_SELECT } from "./internal/quiz-select";
import type { QuizformerJson } from "@/lib/quizformer-json/quizformer-json";

/**
 * Admin-only: the latest version of every template, as stored, and every quiz
 * with its items — a file `importJson` reads back without loss.
 */
export async function exportJson(actor: Actor, now: Date): Promise<QuizformerJson> {
  requireAdmin(actor);
  const db = getDb();
  const [templates, quizzes] = await Promise.all([
    db.questionTemplate.findMany({ where: { isLatest: true }, orderBy: [{ topic: { order: "asc" } }, { key: "asc" }], select: { key: true, version: true, definition: true } }),
    db.quiz.findMany({ orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: QUIZ_SELECT }),
  ]);
  return { format: "quizformer", version: 1, exportedAt: now.toISOString(), templates, quizzes: quizzes.map(quizToJson) };
}
