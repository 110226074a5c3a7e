import { readFileSync } from "node:fs";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/server/db";
import { ForbiddenError, ValidationError } from "@/lib/server/errors";
import { TOPICS } from "@/lib/topics/topic-list";
import { SLIDING_WINDOW_TEMPLATES } from "@/lib/topics/sliding-window-attention/templates";
import { templateSchema } from "@/lib/questions/template-schema";
import { generateVariant } from "@/lib/questions/generate-variant";
import { MAX_IMPORT_BYTES } from "@/lib/gift/upload-limit";
import { makeUser, resetDatabase } from "@/test/integration/db-helpers";
import type { Actor } from "@/lib/server/data/actor";
import { seedTemplates } from "@/lib/server/data/templates/seed-templates";
import { seedTopics } from "@/lib/server/data/topics/seed-topics";
import { importMoodleXml } from "./import-moodle-xml";
import type { ImportProgress } from "./import-progress";

const fixture = (name: string) => readFileSync(new URL(`../../../moodle-xml/fixtures/${name}`, import.meta.url), "utf8");
const BANK = fixture("question-bank.xml");
const builtIn = templateSchema.parse(SLIDING_WINDOW_TEMPLATES[0]);
let admin: Actor;

beforeAll(async () => {
  await resetDatabase();
  await getDb().questionTemplate.deleteMany();
  await seedTopics(TOPICS);
});

beforeEach(async () => {
  await getDb().questionTemplate.deleteMany();
  await seedTemplates([builtIn]);
  admin = await makeUser("ADMIN");
});

describe("Moodle XML import", () => {
  it("writes every question of a bank as version 1, topics and tags from categories, and reports what isn't carried", async () => {
    const progress: ImportProgress[] = [];
    const result = await importMoodleXml(admin, { text: BANK, defaultTopic: "rlhf" }, (p) => {
      progress.push(p);
    });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const { report } = result;
    expect(report).toMatchObject({ created: 9, versioned: 0, unchanged: 0 });
    expect(progress.at(-1)).toMatchObject({ phase: "write" });
    // Warnings come sorted by line, the skipped essay last.
    expect(report.warnings.map((w) => w.line)).toEqual([...report.warnings.map((w) => w.line)].sort((a, b) => (a ?? 0) - (b ?? 0)));
    expect(report.warnings.at(-1)).toEqual({ line: 505, message: `"Explain position interpolation": skipped: Moodle's "essay" questions can't be imported (essays are graded by hand)` });

    const rows = await getDb().questionTemplate.findMany({ where: { builtIn: false }, include: { topic: true }, orderBy: { key: "asc" } });
    expect(rows.map((r) => [r.key, r.kind, r.topic.slug, r.tags, r.version, r.createdById])).toEqual([
      ["bits-of-int8", "MULTIPLE_CHOICE", "quantization", ["memory"], 1, admin.id],
      ["format-name", "SHORT_TEXT", "quantization", ["memory"], 1, admin.id],
      ["full-fine-tuning-of-one-matrix", "NUMERIC", "peft", [], 1, admin.id],
      ["integer-formats", "MULTIPLE_ANSWER", "quantization", ["memory"], 1, admin.id],
      ["lora-parameters-of-one-matrix", "NUMERIC", "peft", [], 1, admin.id],
      ["methods-and-what-they-train", "MATCHING", "peft", [], 1, admin.id],
      ["nf4-is-4-bit", "TRUE_FALSE", "quantization", ["memory"], 1, admin.id],
      ["rotation-angle", "NUMERIC", "rope", ["scaling"], 1, admin.id],
      ["weights-of-a-7b-model-in-fp16", "NUMERIC", "quantization", ["memory"], 1, admin.id],
    ]);
    const lora = templateSchema.parse(rows.find((r) => r.key === "lora-parameters-of-one-matrix")!.definition);
    expect(lora).toMatchObject({ answer: { fn: "formula", formula: "2*{d}*{r}" }, parameters: [{ name: "d", dataset: "items" }, { name: "r", dataset: "items" }] });
    expect(generateVariant(lora, 0).solution.steps[0]).toBe("Formula: 2*{d}*{r}.");
  });

  it("changes nothing on a second import, and adds a version for a changed question", async () => {
    await importMoodleXml(admin, { text: BANK, defaultTopic: "rlhf" });
    const again = await importMoodleXml(admin, { text: BANK, defaultTopic: "rlhf" });
    expect(again.ok && again.report).toMatchObject({ created: 0, versioned: 0, unchanged: 9 });
    const changed = await importMoodleXml(admin, { text: BANK.replace("<text>2*{d}*{r}</text>", "<text>2 * {d} * {r}</text>"), defaultTopic: "rlhf" });
    expect(changed.ok && changed.report).toMatchObject({ created: 0, versioned: 1, unchanged: 8 });
  });

  it("reports every error of a broken file with its line and writes nothing", async () => {
    const result = await importMoodleXml(admin, { text: `${BANK.replace("</quiz>", "")}${fixture("broken-questions.xml").replace(/^[\s\S]*?<quiz>/, "")}`, defaultTopic: "rlhf" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const offset = BANK.split("\n").length - 2;
    expect(result.errors.map((e) => e.line)).toEqual([10 + offset, 39 + offset, 44 + offset]);
    expect(result.errors[0]!.message).toBe('"Unknown wildcard": the formula uses {b} with no dataset definition');
    expect(await getDb().questionTemplate.count({ where: { builtIn: false } })).toBe(0);
  });

  it("refuses a file with a document type declaration or malformed XML, at its line", async () => {
    const entities = await importMoodleXml(admin, { text: fixture("entity-expansion.xml"), defaultTopic: "rlhf" });
    expect(entities).toEqual({ ok: false, errors: [{ line: 2, message: expect.stringMatching(/document type declaration/) }], warnings: [] });
    const malformed = await importMoodleXml(admin, { text: fixture("malformed.xml"), defaultTopic: "rlhf" });
    expect(malformed).toEqual({ ok: false, errors: [{ line: 12, message: expect.stringMatching(/malformed/) }], warnings: [] });
    expect(await getDb().questionTemplate.count({ where: { builtIn: false } })).toBe(0);
  });

  it("refuses a file over the size limit, an unknown default topic and non-admins", async () => {
    await expect(importMoodleXml(admin, { text: `<quiz>${" ".repeat(MAX_IMPORT_BYTES)}</quiz>`, defaultTopic: "rlhf" })).rejects.toBeInstanceOf(ValidationError);
    await expect(importMoodleXml(admin, { text: BANK, defaultTopic: "astrology" })).rejects.toBeInstanceOf(ValidationError);
    const student = await makeUser("STUDENT");
    await expect(importMoodleXml(student, { text: BANK, defaultTopic: "rlhf" })).rejects.toBeInstanceOf(ForbiddenError);
  });
});
