import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Template } from "@/lib/questions/template-schema";
import { DIFFICULTY_COLUMN as DIFFICULTY, KIND_COLUMN as KIND, templateHash } from "../template-columns";
import type { TemplateOutcome } from "./import-result";

/**
 * Inside the caller's transaction, writes imported templates the way the built-in
 * seed does: a new key becomes version 1, a changed one a new version (the old one
 * stays for the attempts that used it), an unchanged one writes nothing. A new
 * version keeps the built-in flag and status of the one it replaces.
 */
export async function writeTemplateVersions(tx: Prisma.TransactionClient, templates: readonly Template[], createdById: string): Promise<TemplateOutcome[]> {
  const keys = templates.map((t) => t.key);
  // Locks every version of these keys, so a concurrent save or import of the same key waits for this one.
  await tx.$queryRaw`SELECT id FROM "QuestionTemplate" WHERE key = ANY(${keys}) FOR UPDATE`;
  const topics = new Map((await tx.topic.findMany({ select: { id: true, slug: true } })).map((t) => [t.slug, t.id]));
  const latest = new Map(
    (
      await tx.questionTemplate.findMany({
        where: { key: { in: keys }, isLatest: true },
        select: { id: true, key: true, version: true, contentHash: true, builtIn: true, status: true },
      })
    ).map((t) => [t.key, t]),
  );
  const outcomes: TemplateOutcome[] = [];
  for (const template of templates) {
    const hash = templateHash(template);
    const current = latest.get(template.key);
    if (current?.contentHash === hash) {
      outcomes.push({ key: template.key, title: template.title, version: current.version, outcome: "unchanged" });
      continue;
    }
    if (current) await tx.questionTemplate.update({ where: { id: current.id }, data: { isLatest: false } });
    const version = (current?.version ?? 0) + 1;
    await tx.questionTemplate.create({
      data: {
        key: template.key,
        version,
        topicId: topics.get(template.topic)!,
        kind: KIND[template.kind],
        title: template.title,
        difficulty: DIFFICULTY[template.difficulty],
        tags: template.tags,
        definition: template as object,
        contentHash: hash,
        builtIn: current?.builtIn ?? false,
        status: current?.status ?? "ACTIVE",
        createdById,
      },
    });
    outcomes.push({ key: template.key, title: template.title, version, outcome: current ? "versioned" : "created" });
  }
  return outcomes;
}
