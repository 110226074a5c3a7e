import "server-only";
import { giftMapper } from "@/lib/gift/gift-to-templates";
import type { GiftIssue } from "@/lib/gift/gift-types";
import { splitGift } from "@/lib/gift/parse-gift";
import { parseQuestion } from "@/lib/gift/parse-question";
import type { Actor } from "@/lib/server/data/actor";
import { requireAdmin } from "@/lib/server/data/internal/authz/require-admin";
import { loadImportContext } from "./internal/import-context";
import { checkImportedTemplate } from "./internal/check-template";
import { byLine, type ImportIssue, type ImportResult } from "./import-result";
import { inSlices, type OnImportProgress } from "./import-progress";
import { prepareTemplate, type PreparedTemplate } from "./internal/prepare-template";
import { runImport } from "./internal/run-import";

/**
 * Admin-only: imports a Moodle GIFT file as static templates. Every question is
 * parsed, mapped and validated first; any error means nothing is written and all
 * errors come back with their lines. Otherwise one transaction writes them all.
 * The work runs in slices that leave other requests their turn, and `onProgress`
 * hears how far it is.
 */
export async function importGift(actor: Actor, input: { text: string; defaultTopic: string }, onProgress?: OnImportProgress): Promise<ImportResult> {
  requireAdmin(actor);
  const { topics, builtInKeys } = await loadImportContext(input);

  // One pass reads, maps and checks each question, so only the prepared template outlives it.
  const { blocks, errors: parseErrors } = splitGift(input.text);
  const parseWarnings: GiftIssue[] = [];
  const mapper = giftMapper({ topics, defaultTopic: input.defaultTopic, reservedKeys: builtInKeys });
  const checkErrors: ImportIssue[] = [];
  const templates: PreparedTemplate[] = [];
  await inSlices(
    blocks,
    (block) => {
      const question = parseQuestion(block, parseErrors, parseWarnings);
      const mapped = question && mapper.add(question);
      if (!mapped) return;
      const checked = checkImportedTemplate(mapped.template);
      if (checked.ok) templates.push(prepareTemplate(checked.template));
      else checkErrors.push(...checked.errors.map((message) => ({ line: mapped.line, message: `"${mapped.template.title}": ${message}` })));
    },
    (done) => onProgress?.({ phase: "check", done, total: blocks.length }),
  );

  const errors = byLine([...parseErrors, ...mapper.errors, ...checkErrors]);
  const warnings = byLine([...parseWarnings, ...mapper.warnings]);
  if (errors.length) return { ok: false, errors, warnings };
  if (!templates.length) return { ok: false, errors: [{ line: null, message: "The file holds no questions Quizformer can import." }], warnings };
  return { ok: true, report: await runImport(templates, actor.id, warnings, undefined, onProgress) };
}
