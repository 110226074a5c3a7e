import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/server/db";
import { ForbiddenError, NotFoundError } from "@/lib/server/errors";
import { TOPICS } from "@/lib/topics/topic-list";
import { builtInTemplates } from "@/lib/topics/built-in-templates";
import { parseGift } from "@/lib/gift/parse-gift";
import { makeUser, resetDatabase } from "@/test/integration/db-helpers";
import type { Actor } from "@/lib/server/data/actor";
import { seedTemplates } from "@/lib/server/data/templates/seed-templates";
import { seedTopics } from "@/lib/server/data/topics/seed-topics";
import { exportGift } from "./export-gift";
import { importGift } from "./import-gift";

const now = new Date("2026-05-01T09:00:00Z");
const builtIn = builtInTemplates();
const rope = builtIn.filter((t) => t.topic === "rope");
let admin: Actor;

beforeAll(async () => {
  await resetDatabase();
  await getDb().questionTemplate.deleteMany();
  await seedTopics(TOPICS);
  await seedTemplates(builtIn);
  admin = await makeUser("ADMIN");
});

describe("GIFT export", () => {
  it("writes N variants per parameterised template of a topic, with the note about parameters", async () => {
    const { text, templates, questions } = await exportGift(admin, { variants: 2, topic: "rope" }, now);
    expect(templates).toBe(rope.length);
    const parsed = parseGift(text);
    expect(parsed.errors).toEqual([]);
    expect(parsed.questions).toHaveLength(questions);
    expect(questions).toBeGreaterThan(rope.length);
    expect(parsed.questions.every((q) => q.category?.startsWith("rope"))).toBe(true);
    expect(text).toMatch(/^\/\/ Quizformer export, 2026-05-01: \d+ templates as \d+ questions \(topic rope\)\.\n\/\/ GIFT has no parameters/);
  });

  it("leaves archived templates out", async () => {
    const key = rope[0]!.key;
    await getDb().questionTemplate.updateMany({ where: { key }, data: { status: "ARCHIVED" } });
    const { templates } = await exportGift(admin, { variants: 1, topic: "rope" }, now);
    expect(templates).toBe(rope.length - 1);
    await getDb().questionTemplate.updateMany({ where: { key }, data: { status: "ACTIVE" } });
  });

  it("exports a file the GIFT import reads back without errors", async () => {
    const { text } = await exportGift(admin, { variants: 1 }, now);
    const count = await getDb().questionTemplate.count();
    const result = await importGift(admin, { text, defaultTopic: "rope" });
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(result.ok && result.report.created).toBe(await getDb().questionTemplate.count() - count);
  });

  it("refuses an unknown topic and non-admins", async () => {
    await expect(exportGift(admin, { variants: 1, topic: "astrology" }, now)).rejects.toBeInstanceOf(NotFoundError);
    const student = await makeUser("STUDENT");
    await expect(exportGift(student, { variants: 1 }, now)).rejects.toBeInstanceOf(ForbiddenError);
  });
});
