import "server-only";
import { templatesToGift } from "@/lib/gift/templates-to-gift";
import { writeGift } from "@/lib/gift/write-gift";
import type { Actor } from "@/lib/server/data/actor";
import { requireAdmin } from "@/lib/server/data/internal/authz/require-admin";
import { listExportedTemplates } from "./internal/list-exported-templates";

/**
 * Admin-only: the active templates (of one topic, or all) as Moodle GIFT. GIFT has
 * no parameters, so each parameterised template is written as `variants` concrete
 * questions (seeds 0…variants−1); static ones once.
 */
export async function exportGift(actor: Actor, options: { variants: number; topic?: string }, now: Date): Promise<{ text: string; templates: number; questions: number }> {
  requireAdmin(actor);
  const templates = await listExportedTemplates(options.topic);
  const questions = templatesToGift(templates, { variants: options.variants });
  const text = writeGift(questions, [
    `Quizformer export, ${now.toISOString().slice(0, 10)}: ${templates.length} templates as ${questions.length} questions${options.topic ? ` (topic ${options.topic})` : ""}.`,
    `GIFT has no parameters: each parameterised template is written as up to ${options.variants} concrete variant${options.variants > 1 ? "s" : ""}.`,
  ]);
  return { text, templates: templates.length, questions: questions.length };
}
