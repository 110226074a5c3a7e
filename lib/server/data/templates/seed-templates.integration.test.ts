import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/server/db";
import { TOPICS } from "@/lib/topics/topic-list";
import { SLIDING_WINDOW_TEMPLATES } from "@/lib/topics/sliding-window-attention/templates";
import { templateSchema, type Template } from "@/lib/questions/template-schema";
import { makeUser, resetDatabase } from "@/test/integration/db-helpers";
import { getTemplatePreview } from "./get-template-preview";
import { listTemplates } from "./list-templates";
import { seedTemplates } from "./seed-templates";
import { seedTopics } from "@/lib/server/data/topics/seed-topics";
import { ForbiddenError } from "@/lib/server/errors";

const templates: Template[] = SLIDING_WINDOW_TEMPLATES.map((t) => templateSchema.parse(t));

beforeAll(async () => {
  await resetDatabase();
  await getDb().questionTemplate.deleteMany();
  await seedTopics(TOPICS);
});

describe("built-in template seed", () => {
  it("creates version 1 of each, then changes nothing on a second run", async () => {
    expect(await seedTemplates(templates)).toEqual({ created: templates.length, versioned: 0, unchanged: 0 });
    const before = await getDb().questionTemplate.findMany({ orderBy: { key: "asc" } });
    expect(await seedTemplates(templates)).toEqual({ created: 0, versioned: 0, unchanged: templates.length });
    expect(await getDb().questionTemplate.findMany({ orderBy: { key: "asc" } })).toEqual(before);
    expect(before.every((t) => t.version === 1 && t.isLatest && t.builtIn)).toBe(true);
  });

  it("adds a version when a built-in template changes, keeping the old one", async () => {
    const changed = templates.map((t, i) => (i === 0 ? { ...t, title: `${t.title} (revised)` } : t));
    expect(await seedTemplates(changed)).toEqual({ created: 0, versioned: 1, unchanged: templates.length - 1 });
    const versions = await getDb().questionTemplate.findMany({ where: { key: templates[0]!.key }, orderBy: { version: "asc" } });
    expect(versions.map((v) => [v.version, v.isLatest])).toEqual([
      [1, false],
      [2, true],
    ]);
    expect(versions[1]!.title).toMatch(/\(revised\)$/);
  });

  it("keeps an admin's edit of a built-in template across restarts", async () => {
    const key = templates[2]!.key;
    const latest = await getDb().questionTemplate.findFirstOrThrow({ where: { key, isLatest: true } });
    await getDb().questionTemplate.update({ where: { id: latest.id }, data: { isLatest: false } });
    await getDb().questionTemplate.create({
      data: { ...latest, id: undefined, version: latest.version + 1, isLatest: true, title: "Edited by an admin", contentHash: "edited", definition: latest.definition as object },
    });
    const again = await seedTemplates(templates.map((t, i) => (i === 0 ? { ...t, title: `${t.title} (revised)` } : t)));
    expect(again.versioned).toBe(0);
    expect((await getDb().questionTemplate.findFirstOrThrow({ where: { key, isLatest: true } })).title).toBe("Edited by an admin");
  });

  it("writes nothing when one template names an unknown topic", async () => {
    const count = await getDb().questionTemplate.count();
    const bad = [{ ...templates[1]!, key: "new-one" }, { ...templates[2]!, key: "orphan", topic: "astrology" as never }];
    await expect(seedTemplates(bad)).rejects.toThrow(/topic "astrology" is not seeded/);
    expect(await getDb().questionTemplate.count()).toBe(count);
  });

  it("lists and previews templates for admins only, with answers for authors", async () => {
    const admin = await makeUser("ADMIN");
    const student = await makeUser("STUDENT");
    await expect(listTemplates(student)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getTemplatePreview(student, templates[0]!.key, { pageSize: 5, page: 1 })).rejects.toBeInstanceOf(ForbiddenError);
    const rows = await listTemplates(admin, { topic: "sliding-window-attention" });
    expect(rows.map((r) => r.key).sort()).toEqual(templates.map((t) => t.key).sort());
    const preview = await getTemplatePreview(admin, "swa-kv-cache-model", { pageSize: 5, page: 1 });
    expect(preview.variants).toHaveLength(5);
    expect(preview.variants[0]!.solution.expectedText).toMatch(/MiB$/);
  });

  it("pages through every variant once and stops at the last one", async () => {
    const admin = await makeUser("ADMIN");
    // The smallest space among the topic's templates, so every page can be read.
    const sizes = await Promise.all(templates.map(async (t) => [t.key, (await getTemplatePreview(admin, t.key, { pageSize: 1, page: 1 })).spaceSize] as const));
    const [key, size] = sizes.filter(([, n]) => n > 5).sort((a, b) => a[1] - b[1])[0]!;
    expect(size).toBeGreaterThan(5);
    expect(size).toBeLessThan(5_000);
    const pageSize = 5;
    const last = await getTemplatePreview(admin, key, { pageSize, page: 1_000_000 });
    expect(last.pageCount).toBe(Math.ceil(size / pageSize));
    expect(last.page).toBe(last.pageCount);
    expect(last.variants).toHaveLength(size - (last.pageCount - 1) * pageSize);
    expect((await getTemplatePreview(admin, key, { pageSize, page: -3 })).page).toBe(1);
    const seen = new Set<string>();
    for (let page = 1; page <= last.pageCount; page++) {
      for (const v of (await getTemplatePreview(admin, key, { pageSize, page })).variants) seen.add(JSON.stringify(v.params));
    }
    // Every variant once: no page repeats another.
    expect(seen.size).toBe(size);
  });
});
