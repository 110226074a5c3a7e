import "server-only";
import { getDb } from "@/lib/server/db";
import type { Actor } from "@/lib/server/data/actor";
import { requireAdmin } from "@/lib/server/data/internal/authz/require-admin";
import { checkImportSize } from "./internal/check-import-size";
import { checkImportedTemplate } from "./internal/check-template";
import { byLine, type ImportIssue, type ImportResult } from "./import-result";
import { inSlices, type OnImportProgress } from "./import-progress";
import { prepareTemplate, type PreparedTemplate } from "./internal/prepare-template";
import { arrayElementLines, jsonSyntaxIssue } from "@/lib/quizformer-json/json-lines";
import { quizformerJsonSchema, type JsonQuiz } from "@/lib/quizformer-json/quizformer-json";
import { runImport } from "./internal/run-import";
import { writeQuizzes } from "./internal/write-quizzes";

/**
 * Admin-only: imports a Quizformer JSON export. Each template definition is
 * validated on 200 sampled variants; quizzes must refer to templates and topics
 * that exist (here or in the file). Any error: nothing is written, every error is
 * returned with its line. Otherwise one transaction writes new keys as version 1,
 * changed ones as a new version, and skips unchanged ones, like the built-in seed.
 * Templates are checked in slices that leave other requests their turn, and
 * `onProgress` hears how far the import is.
 */
export async function importJson(actor: Actor, input: { text: string }, onProgress?: OnImportProgress): Promise<ImportResult> {
  requireAdmin(actor);
  checkImportSize(input.text);
  let data: unknown;
  try {
    data = JSON.parse(input.text.replace(/^\uFEFF/, ""));
  } catch (error) {
    return { ok: false, errors: [jsonSyntaxIssue(input.text, error)], warnings: [] };
  }
  const templateLines = arrayElementLines(input.text, "templates");
  const quizLines = arrayElementLines(input.text, "quizzes");
  const lineOf = (path: readonly PropertyKey[]): number | null => {
    const [head, index] = path;
    if (typeof index !== "number") return null;
    return (head === "templates" ? templateLines[index] : head === "quizzes" ? quizLines[index] : undefined) ?? null;
  };

  const file = quizformerJsonSchema.safeParse(data);
  if (!file.success) {
    return { ok: false, errors: byLine(file.error.issues.map((i) => ({ line: lineOf(i.path), message: `${i.path.join(".") || "file"}: ${i.message}` }))), warnings: [] };
  }
  const { templates: entries, quizzes } = file.data;
  if (!entries.length && !quizzes.length) return { ok: false, errors: [{ line: null, message: "The file holds no templates and no quizzes." }], warnings: [] };

  const db = getDb();
  const topics = new Set((await db.topic.findMany({ select: { slug: true } })).map((t) => t.slug));
  const errors: ImportIssue[] = [];
  const templates: PreparedTemplate[] = [];
  const seen = new Set<string>();
  await inSlices(
    entries,
    (entry, i) => {
      const line = templateLines[i] ?? null;
      const fail = (message: string) => errors.push({ line, message: `Template "${entry.key}": ${message}` });
      const checked = checkImportedTemplate(entry.definition);
      if (!checked.ok) return checked.errors.forEach(fail);
      const template = checked.template;
      if (template.key !== entry.key) return fail(`its definition has the key "${template.key}"; the two must match.`);
      if (seen.has(template.key)) return fail("appears more than once in the file.");
      if (!topics.has(template.topic)) return fail(`its topic "${template.topic}" isn't set up on this instance.`);
      seen.add(template.key);
      templates.push(prepareTemplate(template));
    },
    (done) => onProgress?.({ phase: "check", done, total: entries.length }),
  );

  const usedKeys = [...new Set(quizzes.flatMap((q) => q.items.flatMap((it) => (it.type === "template" ? [it.templateKey] : []))))];
  // One array parameter however many keys the quizzes use (an IN list needs one parameter per key).
  const keysInDb = new Set(
    (await db.$queryRaw<{ key: string }[]>`SELECT DISTINCT key FROM "QuestionTemplate" WHERE "isLatest" AND status = 'ACTIVE' AND key = ANY(${usedKeys})`).map((t) => t.key),
  );
  const quizEntries: { quiz: JsonQuiz; line: number | null }[] = [];
  quizzes.forEach((quiz, i) => {
    const line = quizLines[i] ?? null;
    const before = errors.length;
    const fail = (message: string) => errors.push({ line, message: `Quiz "${quiz.title}": ${message}` });
    if (quiz.topic && !topics.has(quiz.topic)) fail(`its topic "${quiz.topic}" isn't set up on this instance.`);
    quiz.items.forEach((item, n) => {
      if (item.type === "template" && !seen.has(item.templateKey) && !keysInDb.has(item.templateKey)) fail(`item ${n + 1} uses the template "${item.templateKey}", which is neither in the file nor an active template here.`);
      if (item.type === "draw" && !topics.has(item.topic)) fail(`item ${n + 1} draws from the topic "${item.topic}", which isn't set up on this instance.`);
    });
    if (errors.length === before) quizEntries.push({ quiz, line });
  });

  if (errors.length) return { ok: false, errors: byLine(errors), warnings: [] };
  const warnings: ImportIssue[] = [];
  return { ok: true, report: await runImport(templates, actor.id, warnings, (tx) => writeQuizzes(tx, quizEntries, actor.id, warnings), onProgress) };
}
