import "server-only";
import { getDb } from "@/lib/server/db";
import { NotFoundError } from "@/lib/server/errors";
import { MAX_DATASET_ITEMS } from "@/lib/moodle-xml/map-numeric";
import { templatesToMoodle, templatesWithLongLists } from "@/lib/moodle-xml/templates-to-moodle";
import { writeMoodleXml } from "@/lib/moodle-xml/write-moodle-xml";
import { templateSchema } from "@/lib/questions/template-schema";
import type { Actor } from "@/lib/server/data/actor";
import { requireAdmin } from "@/lib/server/data/internal/authz/require-admin";

/**
 * Admin-only: the active templates (of one topic, or all) as Moodle XML. Numeric templates over
 * numbers become calculated questions with `items` dataset items (their first draws, paired by item
 * number); templates drawing model presets, and computed choices, become `items` fixed variants.
 */
export async function exportMoodleXml(actor: Actor, options: { items: number; topic?: string }, now: Date): Promise<{ text: string; templates: number; questions: number }> {
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
  const questions = templatesToMoodle(templates, { items: options.items });
  const longLists = templatesWithLongLists(templates);
  const text = writeMoodleXml(questions, [
    `Quizformer export, ${now.toISOString().slice(0, 10)}: ${templates.length} templates as ${questions.length} questions${options.topic ? ` (topic ${options.topic})` : ""}.`,
    `Numeric templates are calculated questions with up to ${options.items} dataset items (draws paired by item number); templates drawing model presets, and computed choices, are written as up to ${options.items} fixed variants.`,
    ...(longLists.length
      ? [`Lists of more than ${MAX_DATASET_ITEMS} values, more than a Moodle dataset holds, are written as their first ${options.items} draws in: ${longLists.map((t) => `"${t.title}"`).join(", ")}.`]
      : []),
  ]);
  return { text, templates: templates.length, questions: questions.length };
}
