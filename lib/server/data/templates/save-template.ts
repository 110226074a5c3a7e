import "server-only";
import { describeTemplateIssues } from "@/lib/questions/template-issues";
import { getDb } from "@/lib/server/db";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/server/errors";
import { templateSchema } from "@/lib/questions/template-schema";
import { validateTemplate, type TemplateValidation } from "@/lib/questions/validate-template";
import type { Actor } from "@/lib/server/data/actor";
import { requireAdmin } from "@/lib/server/data/internal/authz/require-admin";
import { isUniqueViolation } from "@/lib/server/data/internal/is-unique-violation";
import { DIFFICULTY_COLUMN as DIFFICULTY, KIND_COLUMN as KIND, templateHash } from "./internal/template-columns";

export type SaveTemplateResult = {
  key: string;
  /** The version that now holds the definition (the latest). */
  version: number;
  /** True when a new row was written (a new key, or a new version because the last one was used). */
  createdVersion: boolean;
  /** False when the definition was already stored as the latest version: nothing was written. */
  changed: boolean;
};

/**
 * Admin-only: saves an authored template after checking it on 1,000 sampled variants.
 * `mode.create` writes version 1 of a new key; `mode.key` edits that key's latest
 * version: in place while no attempt has used it, otherwise as a new version, so
 * every attempt keeps the exact version it was taken with.
 */
export async function saveTemplate(actor: Actor, input: unknown, mode: { create: true } | { key: string }): Promise<SaveTemplateResult> {
  requireAdmin(actor);
  const validation = checkTemplate(input);
  if (!validation.ok) throw templateValidationError(input, validation.errors);
  const template = validation.template;
  if ("key" in mode && template.key !== mode.key) {
    throw new ValidationError("A template's key can't change: create a new template instead.", { key: "The key can't change." });
  }
  const hash = templateHash(template);
  const db = getDb();
  const topic = await db.topic.findUnique({ where: { slug: template.topic }, select: { id: true } });
  if (!topic) throw new ValidationError(`The topic "${template.topic}" isn't set up on this instance.`, { topic: "This topic isn't set up yet." });
  const columns = {
    topicId: topic.id,
    kind: KIND[template.kind],
    title: template.title,
    difficulty: DIFFICULTY[template.difficulty]!,
    tags: template.tags,
    definition: template as object,
    contentHash: hash,
  };

  if ("create" in mode) {
    const exists = await db.questionTemplate.count({ where: { key: template.key } });
    if (exists) throw keyTaken();
    try {
      await db.questionTemplate.create({ data: { ...columns, key: template.key, version: 1, createdById: actor.id } });
    } catch (error) {
      // Two authors creating the same key at once: the unique (key, version) index lets one win.
      if (isUniqueViolation(error)) throw keyTaken();
      throw error;
    }
    return { key: template.key, version: 1, createdVersion: true, changed: true };
  }

  return db.$transaction(async (tx) => {
    // Row locks on every version of the key: a concurrent save waits, and so does an attempt
    // inserting a question that points at one of them (its foreign-key check needs a share
    // lock), so "unused" below stays true until this transaction commits.
    await tx.$queryRaw`SELECT id FROM "QuestionTemplate" WHERE key = ${template.key} FOR UPDATE`;
    const latest = await tx.questionTemplate.findFirst({
      where: { key: template.key, isLatest: true },
      select: { id: true, version: true, contentHash: true, builtIn: true, status: true },
    });
    if (!latest) throw new NotFoundError("There's no template with this key.");
    if (latest.contentHash === hash) return { key: template.key, version: latest.version, createdVersion: false, changed: false };
    const used = await tx.attemptQuestion.count({ where: { templateId: latest.id } });
    if (!used) {
      await tx.questionTemplate.update({ where: { id: latest.id }, data: columns });
      return { key: template.key, version: latest.version, createdVersion: false, changed: true };
    }
    await tx.questionTemplate.update({ where: { id: latest.id }, data: { isLatest: false } });
    const version = latest.version + 1;
    await tx.questionTemplate.create({
      data: { ...columns, key: template.key, version, builtIn: latest.builtIn, status: latest.status, createdById: actor.id },
    });
    return { key: template.key, version, createdVersion: true, changed: true };
  });
}

// Building the parameter space throws when no draw satisfies the constraints or a preset
// is unknown; that is the author's problem to fix, not a server error.
function checkTemplate(input: unknown): TemplateValidation {
  try {
    return validateTemplate(input, { samples: 1000 });
  } catch (error) {
    return { ok: false, errors: [error instanceof Error ? error.message : String(error)] };
  }
}

function keyTaken(): ConflictError {
  return new ConflictError("A template with this key exists; open it to edit.", { key: "A template with this key exists; open it to edit." });
}

/**
 * The problems of an invalid template as one error: every message (one per line) and,
 * where the schema names a field, its message under the field's full path
 * ("parameters.0.max"), so a form can show it beside that input.
 */
function templateValidationError(input: unknown, errors: string[]): ValidationError {
  const parsed = templateSchema.safeParse(input);
  const fieldErrors = parsed.success ? {} : Object.fromEntries(describeTemplateIssues(parsed.error).map((i) => [i.path, i.field]));
  const heading = errors.length === 1 ? "Fix this problem before saving:" : `Fix these ${errors.length} problems before saving:`;
  return new ValidationError([heading, ...errors].join("\n"), fieldErrors);
}
