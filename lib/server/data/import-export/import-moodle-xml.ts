import "server-only";
import { moodleMapper } from "@/lib/moodle-xml/moodle-to-templates";
import { piecesOf, xmlReader } from "@/lib/moodle-xml/parse-xml";
import { readMoodleTree, xmlFailure, type MoodleReadResult } from "@/lib/moodle-xml/read-moodle-xml";
import type { Actor } from "@/lib/server/data/actor";
import { requireAdmin } from "@/lib/server/data/internal/authz/require-admin";
import { loadImportContext } from "./internal/import-context";
import { checkImportedTemplate } from "./internal/check-template";
import { byLine, type ImportIssue, type ImportResult } from "./import-result";
import { inSlices, type OnImportProgress } from "./import-progress";
import { prepareTemplate, type PreparedTemplate } from "./internal/prepare-template";
import { runImport } from "./internal/run-import";

/** Characters read between turns: 32 pieces (inSlices looks at the clock every 32) take a few ms. */
const XML_PIECE = 4096;

/**
 * Admin-only: imports a Moodle XML question bank. The file is read in pieces (a document type
 * declaration is refused), then every question is mapped and validated in slices that leave other
 * requests their turn; any error means nothing is written and all errors come back with their lines,
 * with what each question can't carry as warnings. Otherwise one transaction writes them all.
 */
export async function importMoodleXml(actor: Actor, input: { text: string; defaultTopic: string }, onProgress?: OnImportProgress): Promise<ImportResult> {
  requireAdmin(actor);
  const { topics, builtInKeys } = await loadImportContext(input);

  // The XML is read a piece at a time, so even a 5 MB file never holds the event loop for long.
  const reader = xmlReader();
  let read: MoodleReadResult;
  try {
    await inSlices(piecesOf(input.text, XML_PIECE), (piece) => reader.write(piece));
    read = readMoodleTree(reader.close());
  } catch (error) {
    read = xmlFailure(error);
  }
  const mapper = moodleMapper({ topics, defaultTopic: input.defaultTopic, reservedKeys: builtInKeys });
  const checkErrors: ImportIssue[] = [];
  const templates: PreparedTemplate[] = [];
  await inSlices(
    read.questions,
    (question) => {
      const mapped = mapper.add(question);
      if (!mapped) return;
      const checked = checkImportedTemplate(mapped.template);
      if (checked.ok) templates.push(prepareTemplate(checked.template));
      else checkErrors.push(...checked.errors.map((message) => ({ line: mapped.line, message: `"${mapped.template.title}": ${message}` })));
    },
    (done) => onProgress?.({ phase: "check", done, total: read.questions.length }),
  );

  const errors = byLine([...read.errors, ...mapper.errors, ...checkErrors]);
  const warnings = byLine([...read.warnings, ...mapper.warnings]);
  if (errors.length) return { ok: false, errors, warnings };
  if (!templates.length) return { ok: false, errors: [{ line: null, message: "The file holds no questions Quizformer can import." }], warnings };
  return { ok: true, report: await runImport(templates, actor.id, warnings, undefined, onProgress) };
}
