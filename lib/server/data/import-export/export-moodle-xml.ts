import "server-only";
import { MAX_DATASET_ITEMS } from "@/lib/moodle-xml/map-numeric";
import { templatesToMoodle, templatesWithLongLists } from "@/lib/moodle-xml/templates-to-moodle";
import { writeMoodleXml } from "@/lib/moodle-xml/write-moodle-xml";
import type { Actor } from "@/lib/server/data/actor";
import { requireAdmin } from "@/lib/server/data/internal/authz/require-admin";
import { listExportedTemplates } from "./internal/list-exported-templates";

/**
 * Admin-only: the active templates (of one topic, or all) as Moodle XML. Numeric templates over
 * numbers become calculated questions with `items` dataset items (their first draws, paired by item
 * number); templates drawing model presets, and computed choices, become `items` fixed variants.
 */
export async function exportMoodleXml(actor: Actor, options: { items: number; topic?: string }, now: Date): Promise<{ text: string; templates: number; questions: number }> {
  requireAdmin(actor);
  const templates = await listExportedTemplates(options.topic);
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
