import "server-only";
import { getDb } from "@/lib/server/db";
import type { TopicMeta } from "@/lib/topics/topic-meta";

/**
 * System task (no actor): makes the topic rows match the given list, keyed by slug.
 * Idempotent: rows that already match are left untouched, so a second run writes nothing.
 */
export async function seedTopics(topics: readonly TopicMeta[]): Promise<{ created: number; updated: number }> {
  return getDb().$transaction(async (tx) => {
    const existing = new Map((await tx.topic.findMany()).map((t) => [t.slug, t]));
    let created = 0;
    let updated = 0;
    for (const topic of topics) {
      const row = existing.get(topic.slug);
      if (!row) {
        await tx.topic.create({ data: topic });
        created++;
      } else if (row.title !== topic.title || row.summary !== topic.summary || row.order !== topic.order) {
        await tx.topic.update({ where: { slug: topic.slug }, data: { title: topic.title, summary: topic.summary, order: topic.order } });
        updated++;
      }
    }
    return { created, updated };
  });
}
