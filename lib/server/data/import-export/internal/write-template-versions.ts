import "server-only";
import { setImmediate as nextTurn } from "node:timers/promises";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TemplateStatus } from "@/lib/generated/prisma/enums";
import { DIFFICULTY_COLUMN as DIFFICULTY, KIND_COLUMN as KIND } from "@/lib/server/data/templates/internal/template-columns";
import type { TemplateOutcome } from "../import-result";
import type { PreparedTemplate } from "./prepare-template";

/** Rows per INSERT: large enough that 150,000 templates take about 150 statements, small enough to report progress often. */
const BATCH = 1000;

/** A QuestionTemplate row but its definition, which is kept as JSON text (see PreparedTemplate). */
type Row = Pick<Prisma.QuestionTemplateCreateManyInput, "key" | "version" | "topicId" | "kind" | "title" | "difficulty" | "contentHash" | "builtIn" | "status" | "createdById"> & {
  tags: string[];
};

type Existing = { id: string; key: string; version: number; contentHash: string; builtIn: boolean; status: TemplateStatus; isLatest: boolean };

/**
 * Inside the caller's transaction, writes imported templates the way the built-in
 * seed does: a new key becomes version 1, a changed one a new version (the old one
 * stays for the attempts that used it), an unchanged one writes nothing. A new
 * version keeps the built-in flag and status of the one it replaces. Rows go in
 * multi-row INSERTs of 1,000, with a turn for other requests between them.
 */
export async function writeTemplateVersions(
  tx: Prisma.TransactionClient,
  templates: readonly PreparedTemplate[],
  createdById: string,
  onWritten?: (done: number, total: number) => void | Promise<void>,
): Promise<TemplateOutcome[]> {
  const keys = templates.map((t) => t.key);
  // Locks every version of these keys, so a concurrent save or import of the same key waits for this one.
  // One array parameter, however many keys (an IN list would need a parameter each).
  const existing = await tx.$queryRaw<Existing[]>`
    SELECT id, key, version, "contentHash", "builtIn", status, "isLatest" FROM "QuestionTemplate" WHERE key = ANY(${keys}) FOR UPDATE`;
  const latest = new Map(existing.filter((t) => t.isLatest).map((t) => [t.key, t]));
  const topics = new Map((await tx.topic.findMany({ select: { id: true, slug: true } })).map((t) => [t.slug, t.id]));

  const outcomes: TemplateOutcome[] = [];
  const replaced: string[] = [];
  const rows: { row: Row; definition: string }[] = [];
  for (const template of templates) {
    const current = latest.get(template.key);
    if (current?.contentHash === template.hash) {
      outcomes.push({ key: template.key, title: template.title, version: current.version, outcome: "unchanged" });
      continue;
    }
    if (current) replaced.push(current.id);
    const version = (current?.version ?? 0) + 1;
    rows.push({
      row: {
        key: template.key,
        version,
        topicId: topics.get(template.topic)!,
        kind: KIND[template.kind],
        title: template.title,
        difficulty: DIFFICULTY[template.difficulty],
        tags: template.tags,
        contentHash: template.hash,
        builtIn: current?.builtIn ?? false,
        status: current?.status ?? "ACTIVE",
        createdById,
      },
      definition: template.definition,
    });
    outcomes.push({ key: template.key, title: template.title, version, outcome: current ? "versioned" : "created" });
  }

  if (replaced.length) await tx.$executeRaw`UPDATE "QuestionTemplate" SET "isLatest" = false WHERE id = ANY(${replaced})`;
  for (let start = 0; start < rows.length; start += BATCH) {
    // The batch travels as one JSON parameter that PostgreSQL unpacks into rows: JSON.stringify
    // is native and quick, where building a 13-column createMany in the client held the event
    // loop for most of a second per batch. Ids come from gen_random_uuid() (PostgreSQL 13+).
    const batch = `[${rows
      .slice(start, start + BATCH)
      .map(({ row, definition }) => `${JSON.stringify(row).slice(0, -1)},"definition":${definition}}`)
      .join(",")}]`;
    await tx.$executeRaw`
      INSERT INTO "QuestionTemplate" (id, key, version, "topicId", kind, title, difficulty, tags, definition, "contentHash", "builtIn", status, "createdById")
      SELECT gen_random_uuid()::text, r.key, r.version, r."topicId", r.kind, r.title, r.difficulty, r.tags, r.definition, r."contentHash", r."builtIn", r.status, r."createdById"
      FROM jsonb_to_recordset(${batch}::jsonb) AS r(
        key text, version int, "topicId" text, kind "QuestionKind", title text, difficulty "Difficulty", tags text[],
        definition jsonb, "contentHash" text, "builtIn" boolean, status "TemplateStatus", "createdById" text
      )`;
    await onWritten?.(Math.min(start + BATCH, rows.length), rows.length);
    await nextTurn();
  }
  return outcomes;
}
