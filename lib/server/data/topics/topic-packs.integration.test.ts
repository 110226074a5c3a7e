import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/server/db";
import { REGISTRY } from "@/lib/compute/registry";
import { LAB_DEFAULTS, LABS } from "@/lib/labs/registry";
import { templateSchema } from "@/lib/questions/template-schema";
import { PACKS_IN_ORDER, TOPIC_PACKS } from "@/lib/topics/registry";
import { TOPIC_SLUGS, TOPICS } from "@/lib/topics/topic-list";
import { resetWithBuiltInContent } from "@/test/integration/built-in-content";

/**
 * Adding a topic is one pack folder and one registry line: these checks make sure that what the
 * registries say is what a fresh start writes, topic by topic, so nothing of a pack is left out.
 */

beforeAll(async () => {
  await resetWithBuiltInContent();
});

/** The compute function names a template's answer and distractors call. */
function functionsOf(definition: unknown): string[] {
  const t = templateSchema.parse(definition) as { answer?: { fn: string }; distractors?: { answer?: { fn: string } }[] };
  return [t.answer?.fn, ...(t.distractors ?? []).map((d) => d.answer?.fn)].filter((f): f is string => Boolean(f));
}

describe("the topic registry and the database", () => {
  it("has one pack per topic, filed under its own slug, in course order", () => {
    expect(Object.keys(TOPIC_PACKS).sort()).toEqual([...TOPIC_SLUGS].sort());
    expect(PACKS_IN_ORDER.map((p) => p.topic.slug)).toEqual(TOPIC_SLUGS);
    // Every topic has a warm-up lab (id = slug) and a lab on the course model (id = slug/model).
    const labIds = TOPIC_SLUGS.flatMap((slug) => [slug, `${slug}/model`]).sort();
    expect(Object.keys(LABS).sort()).toEqual(labIds);
    expect(Object.keys(LAB_DEFAULTS).sort()).toEqual(labIds);
  });

  it("writes exactly the registered topics", async () => {
    const rows = await getDb().topic.findMany({ orderBy: { order: "asc" }, select: { slug: true, title: true, summary: true, order: true } });
    expect(rows).toEqual(TOPICS.map(({ slug, title, summary, order }) => ({ slug, title, summary, order })));
  });

  it.each(TOPIC_SLUGS.map((slug) => [slug]))("stores every template and card of the %s pack under that topic, and nothing else", async (slug) => {
    const pack = TOPIC_PACKS[slug];
    const db = getDb();
    const templates = await db.questionTemplate.findMany({ where: { topic: { slug }, isLatest: true }, select: { key: true, definition: true } });
    expect(templates.map((t) => t.key).sort()).toEqual(pack.templates.map((t) => t.key).sort());
    const notes = await db.cardNote.findMany({ where: { topic: { slug } }, select: { key: true } });
    expect(notes.map((n) => n.key).sort()).toEqual(pack.cards.map((c) => c.key).sort());
    expect(pack.templates.every((t) => t.topic === slug) && pack.cards.every((c) => c.topic === slug)).toBe(true);

    // Every formula a stored template calls is registered (a template may use another topic's:
    // QLoRA's memory is quantization arithmetic), and the pack's own formulas are filed under it.
    for (const t of templates) {
      for (const fn of functionsOf(t.definition)) expect(REGISTRY.has(fn), `${t.key} calls ${fn}`).toBe(true);
    }
    expect(pack.compute.every((f) => f.topic === slug && REGISTRY.get(f.name) === f)).toBe(true);
  });
});
