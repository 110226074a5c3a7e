import "server-only";
import { getDb } from "@/lib/server/db";
import type { Template } from "@/lib/questions/template-schema";
import { DIFFICULTY_COLUMN as DIFFICULTY, KIND_COLUMN as KIND, templateHash } from "./internal/template-columns";

/**
 * System task (no actor): writes the built-in templates. Idempotent: an unchanged
 * template writes nothing; a changed one becomes a new version (the old version
 * stays for attempts that used it). One transaction: all or nothing.
 */
export async function seedTemplates(templates: readonly Template[]): Promise<{ created: number; versioned: number; unchanged: number }> {
  return getDb().$transaction(
    async (tx) => {
      const topics = new Map((await tx.topic.findMany({ select: { id: true, slug: true } })).map((t) => [t.slug, t.id]));
      const rows = await tx.questionTemplate.findMany({ select: { id: true, key: true, version: true, contentHash: true, isLatest: true } });
      const latest = new Map(rows.filter((t) => t.isLatest).map((t) => [t.key, t]));
      // A shipped definition seen in any version counts as seeded: an admin's later edit of a
      // built-in template must survive restarts; only a changed shipped file adds a version.
      const seen = new Set(rows.map((t) => `${t.key}|${t.contentHash}`));
      let created = 0;
      let versioned = 0;
      for (const template of templates) {
        const topicId = topics.get(template.topic);
        if (!topicId) throw new Error(`Template ${template.key}: topic "${template.topic}" is not seeded.`);
        const hash = templateHash(template);
        const current = latest.get(template.key);
        if (seen.has(`${template.key}|${hash}`)) continue;
        if (current) await tx.questionTemplate.update({ where: { id: current.id }, data: { isLatest: false } });
        await tx.questionTemplate.create({
          data: {
            key: template.key,
            version: (current?.version ?? 0) + 1,
            topicId,
            kind: KIND[template.kind],
            title: template.title,
            difficulty: DIFFICULTY[template.difficulty],
            tags: template.tags,
            definition: template as object,
            contentHash: hash,
            builtIn: true,
          },
        });
        if (current) versioned++;
        else created++;
      }
      return { created, versioned, unchanged: templates.length - created - versioned };
    },
    { timeout: 60_000 },
  );
}
