import "server-only";
import { getDb } from "@/lib/server/db";
import { ValidationError } from "@/lib/server/errors";
import { giftToTemplates } from "@/lib/gift/gift-to-templates";
import { parseGift } from "@/lib/gift/parse-gift";
import type { Template } from "@/lib/questions/template-schema";
import type { Actor } from "../actor";
import { requireAdmin } from "../authz/require-admin";
import { checkImportSize } from "./check-import-size";
import { checkImportedTemplate } from "./check-template";
import { byLine, type ImportIssue, type ImportResult } from "./import-result";
import { runImport } from "./run-import";

/**
 * Admin-only: imports a Moodle GIFT file as static templates. Every question is
 * parsed, mapped and validated first; any error means nothing is written and all
 * errors come back with their lines. Otherwise one transaction writes them all.
 */
export async function importGift(actor: Actor, input: { text: string; defaultTopic: string }): Promise<ImportResult> {
  requireAdmin(actor);
  checkImportSize(input.text);
  const db = getDb();
  const topics = await db.topic.findMany({ orderBy: { order: "asc" }, select: { slug: true, title: true } });
  if (!topics.some((t) => t.slug === input.defaultTopic)) {
    throw new ValidationError(`There's no topic "${input.defaultTopic}"; choose one of the listed topics as the default.`, { defaultTopic: "Choose a topic." });
  }
  const builtInKeys = new Set((await db.questionTemplate.findMany({ where: { builtIn: true }, distinct: ["key"], select: { key: true } })).map((t) => t.key));

  const parsed = parseGift(input.text);
  const mapped = giftToTemplates(parsed.questions, { topics, defaultTopic: input.defaultTopic, reservedKeys: builtInKeys });
  const errors: ImportIssue[] = [...parsed.errors, ...mapped.errors];
  const warnings = byLine([...parsed.warnings, ...mapped.warnings]);
  const templates: Template[] = [];
  for (const { line, template } of mapped.templates) {
    const checked = checkImportedTemplate(template);
    if (checked.ok) templates.push(checked.template);
    else errors.push(...checked.errors.map((message) => ({ line, message: `"${template.title}": ${message}` })));
  }
  if (errors.length) return { ok: false, errors: byLine(errors), warnings };
  if (!templates.length) return { ok: false, errors: [{ line: null, message: "The file holds no questions Quizformer can import." }], warnings };
  return { ok: true, report: await runImport(templates, actor.id, warnings) };
}
