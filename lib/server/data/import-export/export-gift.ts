import "server-only";
import { getDb } from "@/lib/server/db";
import { NotFoundError } from "@/lib/server/errors";
import { templatesToGift } from "@/lib/gift/templates-to-gift";
import { writeGift } from "@/lib/gift/write-gift";
import { templateSchema } from "@/lib/questions/template-schema";
import type { Actor } from "@/lib/server/data/actor";
import { requireAdmin } from "@/lib/server/data/internal/authz/require-admin";

/**
 * Admin-only: the active templates (of one topic, or all) as Moodle GIFT. GIFT has
 * no parameters, so each parameterised template is written as `variants` concrete
 * questions (seeds 0…variants−1); static ones once.
 */
export async function exportGift(actor: Actor, options: { variants: number; topic?: string }, now: Date): Promise<{ text: string; templates: number; questions: number }> {
  requireAdmin(actor);
  const db = getDb();
  if (options.topic && !(await db.topic.findUnique({ where: { slug: options.topic }, select: { id: true } }))) {
    throw new NotFoundError(`There's no topic "${options.topic}".`);
  }
  const rows = await db.questionTemplate.findMany({
    where: { isLatest: true, status: "ACTIVE", ...(options.topic ? { topic: { slug: options.topic } } : {}) },
    orderBy: [{ topic: { order: "asc" } }, { key: "asc" }],
    select: { definition: true },
  });
  const templates = rows.map((r) => templateSchema.parse(r.definition));
  const questions = templatesToGift(templates, { variants: options.variants });
  const text = writeGift(questions, [
    `Quizformer export, ${now.toISOString().slice(0, 10)}: ${templates.length} templates as ${questions.length} questions${options.topic ? ` (topic ${options.topic})` : ""}.`,
    `GIFT has no parameters: each parameterised template is written as up to ${options.variants} concrete variant${options.variants > 1 ? "s" : ""}.`,
  ]);
  return { text, templates: templates.length, questions: questions.length };
}
