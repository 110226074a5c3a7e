import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/server/db";
import { ForbiddenError, NotFoundError } from "@/lib/server/errors";
import { TOPICS } from "@/lib/topics/topic-list";
import { builtInTemplates } from "@/lib/topics/built-in-templates";
import { templateSchema } from "@/lib/questions/template-schema";
import { readMoodleXml } from "@/lib/moodle-xml/read-moodle-xml";
import { makeUser, resetDatabase } from "@/test/integration/db-helpers";
import type { Actor } from "@/lib/server/data/actor";
import { seedTemplates } from "@/lib/server/data/templates/seed-templates";
import { seedTopics } from "@/lib/server/data/topics/seed-topics";
import { exportMoodleXml } from "./export-moodle-xml";
import { importMoodleXml } from "./import-moodle-xml";

const now = new Date("2026-05-01T09:00:00Z");
const builtIn = builtInTemplates();
const rope = builtIn.filter((t) => t.topic === "rope");
const BANK = readFileSync(new URL("../../../moodle-xml/fixtures/question-bank.xml", import.meta.url), "utf8");
let admin: Actor;

beforeAll(async () => {
  await resetDatabase();
  await getDb().questionTemplate.deleteMany();
  await seedTopics(TOPICS);
  await seedTemplates(builtIn);
  admin = await makeUser("ADMIN");
});

describe("Moodle XML export", () => {
  it("writes the templates of a topic with the note on datasets", async () => {
    const { text, templates, questions } = await exportMoodleXml(admin, { items: 3, topic: "rope" }, now);
    expect(templates).toBe(rope.length);
    const read = readMoodleXml(text);
    expect(read.errors).toEqual([]);
    expect(read.questions).toHaveLength(questions);
    expect(read.questions.every((q) => q.category?.startsWith("$course$/top/rope"))).toBe(true);
    expect(text).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<quiz>\n<!-- Quizformer export, 2026-05-01: \d+ templates as \d+ questions \(topic rope\)\. -->/);
  });

  it("round-trips an imported bank: export, then import, changes nothing", async () => {
    const imported = await importMoodleXml(admin, { text: BANK, defaultTopic: "rlhf" });
    expect(imported.ok).toBe(true);
    const keys = ["bits-of-int8", "lora-parameters-of-one-matrix", "rotation-angle", "weights-of-a-7b-model-in-fp16", "methods-and-what-they-train"];
    const before = await getDb().questionTemplate.findMany({ where: { key: { in: keys } }, orderBy: { key: "asc" } });
    const { text } = await exportMoodleXml(admin, { items: 10 }, now);
    const again = await importMoodleXml(admin, { text, defaultTopic: "rlhf" });
    expect(again.ok ? [] : again.errors).toEqual([]);
    const after = await getDb().questionTemplate.findMany({ where: { key: { in: keys } }, orderBy: { key: "asc" } });
    // Same rows (no new version): the definitions came back identical.
    expect(after.map((r) => [r.key, r.version, r.isLatest])).toEqual(before.map((r) => [r.key, r.version, r.isLatest]));
    expect(after.map((r) => templateSchema.parse(r.definition))).toEqual(before.map((r) => templateSchema.parse(r.definition)));
  });

  it("names the templates whose lists are longer than a Moodle dataset holds", async () => {
    const list = templateSchema.parse({
      key: "a-long-list",
      topic: "peft",
      title: "A long list",
      prompt: "What is {a} doubled, as a whole number?",
      explanation: "Twice the value.",
      source: { title: "Test" },
      difficulty: "medium",
      kind: "numeric",
      parameters: [{ kind: "choice", name: "a", values: Array.from({ length: 150 }, (_, i) => i + 1) }],
      answer: { fn: "formula", formula: "{a} * 2", inputs: {} },
      display: { unit: "", digits: 3 },
      tolerance: { relative: 0.01 },
    });
    await seedTemplates([list]);
    const { text } = await exportMoodleXml(admin, { items: 4, topic: "peft" }, now);
    expect(text).toContain('<!-- Lists of more than 100 values, more than a Moodle dataset holds, are written as their first 4 draws in: "A long list". -->');
    const question = readMoodleXml(text).questions.find((q) => q.name === "A long list");
    expect(question).toMatchObject({ kind: "calculated", datasets: [{ name: "a", items: expect.any(Array) }] });
    expect(question?.kind === "calculated" ? question.datasets[0]!.items : []).toHaveLength(4);
  });

  it("refuses an unknown topic and non-admins", async () => {
    await expect(exportMoodleXml(admin, { items: 1, topic: "astrology" }, now)).rejects.toBeInstanceOf(NotFoundError);
    const student = await makeUser("STUDENT");
    await expect(exportMoodleXml(student, { items: 1 }, now)).rejects.toBeInstanceOf(ForbiddenError);
  });
});
