import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/server/db";
import { ForbiddenError, ValidationError } from "@/lib/server/errors";
import { TOPICS } from "@/lib/topics/topic-list";
import { builtInTemplates } from "@/lib/topics/built-in-templates";
import { makeUser, resetDatabase } from "@/test/integration/db-helpers";
import type { Actor } from "@/lib/server/data/actor";
import { seedTemplates } from "@/lib/server/data/templates/seed-templates";
import { seedTopics } from "@/lib/server/data/topics/seed-topics";
import { exportJson } from "./export-json";
import { importJson } from "./import-json";

const now = new Date("2026-05-01T09:00:00Z");
const builtIn = builtInTemplates();
let admin: Actor;

async function makeQuiz(createdById: string) {
  const rope = await getDb().topic.findUniqueOrThrow({ where: { slug: "rope" } });
  await getDb().quiz.create({
    data: {
      title: "RoPE warm-up",
      description: "Two fixed questions and a draw.",
      topicId: rope.id,
      feedbackMode: "DEFERRED",
      timeLimitSeconds: 900,
      maxAttempts: 2,
      shuffleQuestions: false,
      createdById,
      published: true,
      items: {
        create: [
          { position: 0, templateKey: builtIn[0]!.key },
          { position: 1, drawTopicId: rope.id, drawTag: "scaling", drawDifficulty: "HARD", drawCount: 3 },
          { position: 2, templateKey: builtIn[1]!.key },
        ],
      },
    },
  });
}

const snapshot = async () => ({
  templates: await getDb().questionTemplate.findMany({ orderBy: [{ key: "asc" }, { version: "asc" }] }),
  quizzes: await getDb().quiz.findMany({ orderBy: { id: "asc" }, include: { items: { orderBy: { position: "asc" } } } }),
});

beforeAll(async () => {
  await resetDatabase();
  await getDb().questionTemplate.deleteMany();
  await seedTopics(TOPICS);
});

beforeEach(async () => {
  await getDb().quiz.deleteMany();
  await getDb().questionTemplate.deleteMany();
  await seedTemplates(builtIn);
  admin = await makeUser("ADMIN");
  await makeQuiz(admin.id);
});

describe("Quizformer JSON export and import", () => {
  it("exports the latest version of every template and every quiz with its items", async () => {
    const data = await exportJson(admin, now);
    expect(data).toMatchObject({ format: "quizformer", version: 1, exportedAt: "2026-05-01T09:00:00.000Z" });
    expect(data.templates.map((t) => t.key).sort()).toEqual(builtIn.map((t) => t.key).sort());
    expect(data.templates.every((t) => t.version === 1)).toBe(true);
    expect(data.quizzes).toEqual([
      {
        title: "RoPE warm-up",
        description: "Two fixed questions and a draw.",
        topic: "rope",
        feedbackMode: "DEFERRED",
        timeLimitSeconds: 900,
        maxAttempts: 2,
        shuffleQuestions: false,
        shuffleChoices: true,
        items: [
          { type: "template", templateKey: builtIn[0]!.key },
          { type: "draw", topic: "rope", tag: "scaling", difficulty: "HARD", count: 3 },
          { type: "template", templateKey: builtIn[1]!.key },
        ],
      },
    ]);
  });

  it("round-trips losslessly: into an empty bank, then a second import changes nothing", async () => {
    const exported = await exportJson(admin, now);
    const text = JSON.stringify(exported, null, 2);

    // Importing into the same bank: everything is unchanged, nothing is written.
    const before = await snapshot();
    const same = await importJson(admin, { text });
    expect(same.ok && same.report).toMatchObject({ created: 0, versioned: 0, unchanged: builtIn.length, quizzes: { created: 0, unchanged: 1, skipped: 0 }, warnings: [] });
    expect(await snapshot()).toEqual(before);

    // Into an empty bank: every template is created with the same definition, the quiz as an unpublished draft.
    await getDb().quiz.deleteMany();
    await getDb().questionTemplate.deleteMany();
    const fresh = await importJson(admin, { text });
    expect(fresh.ok && fresh.report).toMatchObject({ created: builtIn.length, versioned: 0, unchanged: 0, quizzes: { created: 1, unchanged: 0, skipped: 0 } });
    const again = await exportJson(admin, now);
    expect(again.templates).toEqual(exported.templates);
    expect(again.quizzes).toEqual(exported.quizzes);
    const rows = await getDb().questionTemplate.findMany();
    expect(rows.every((r) => r.createdById === admin.id && !r.builtIn && r.isLatest && r.version === 1)).toBe(true);
    expect(await getDb().quiz.findFirstOrThrow()).toMatchObject({ published: false, createdById: admin.id });

    const after = await snapshot();
    const second = await importJson(admin, { text });
    expect(second.ok && second.report).toMatchObject({ created: 0, versioned: 0, unchanged: builtIn.length, quizzes: { unchanged: 1 } });
    expect(await snapshot()).toEqual(after);
  });

  it("adds a version for a changed template, and skips a quiz whose title exists with other content", async () => {
    const exported = await exportJson(admin, now);
    const [first] = exported.templates;
    const changed = {
      ...exported,
      templates: [{ ...first!, definition: { ...(first!.definition as object), title: "A revised title for this template" } }],
      quizzes: [{ ...exported.quizzes[0]!, maxAttempts: 5 }],
    };
    const text = JSON.stringify(changed, null, 2);
    const quizLine = text.slice(0, text.indexOf('"title": "RoPE warm-up"')).split("\n").length - 1;
    const result = await importJson(admin, { text });
    expect(result.ok && result.report).toMatchObject({
      created: 0,
      versioned: 1,
      unchanged: 0,
      templates: [{ key: first!.key, title: "A revised title for this template", version: 2, outcome: "versioned" }],
      quizzes: { created: 0, unchanged: 0, skipped: 1 },
      warnings: [{ line: quizLine, message: 'A quiz titled "RoPE warm-up" already exists and differs; it was left as it is and this one skipped.' }],
    });
    const versions = await getDb().questionTemplate.findMany({ where: { key: first!.key }, orderBy: { version: "asc" } });
    expect(versions.map((v) => [v.version, v.isLatest, v.builtIn])).toEqual([
      [1, false, true],
      [2, true, true],
    ]);
    expect(await getDb().quiz.findFirstOrThrow()).toMatchObject({ maxAttempts: 2 });
  });

  it("reports every invalid template and quiz with its line, and writes nothing", async () => {
    const exported = await exportJson(admin, now);
    const [a, b, c] = exported.templates;
    const broken = {
      ...exported,
      templates: [
        { key: "brand-new", definition: { ...(a!.definition as object), key: "brand-new" } },
        { ...a!, definition: { ...(a!.definition as object), prompt: "short" } },
        { key: "not-the-key", definition: b!.definition },
        c!,
        c!,
      ],
      quizzes: [{ ...exported.quizzes[0]!, title: "Another quiz", items: [{ type: "template", templateKey: "no-such-template" }] }],
    };
    const text = JSON.stringify(broken, null, 2);
    // The line of the `{` just above the n-th (0-based) occurrence of `needle`: where that array element starts.
    const lineOf = (needle: string, n = 0) => {
      let at = -1;
      for (let i = 0; i <= n; i++) at = text.indexOf(needle, at + 1);
      return text.slice(0, at).split("\n").length - 1;
    };
    const before = await snapshot();
    const result = await importJson(admin, { text });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      { line: lineOf(`"key": "${a!.key}"`), message: `Template "${a!.key}": Prompt needs at least 10 characters.` },
      { line: lineOf('"key": "not-the-key"'), message: `Template "not-the-key": its definition has the key "${b!.key}"; the two must match.` },
      { line: lineOf(`"key": "${c!.key}"`, 2), message: `Template "${c!.key}": appears more than once in the file.` },
      { line: lineOf('"title": "Another quiz"'), message: 'Quiz "Another quiz": item 1 uses the template "no-such-template", which is neither in the file nor an active template here.' },
    ]);
    expect(await snapshot()).toEqual(before);
  });

  it("names the line of a JSON syntax error and refuses other files", async () => {
    expect(await importJson(admin, { text: '{\n  "format": "quizformer",\n  "version": 1,\n}' })).toEqual({
      ok: false,
      errors: [{ line: 4, message: "Not valid JSON: Expected double-quoted property name." }],
      warnings: [],
    });
    const other = await importJson(admin, { text: '{ "format": "moodle", "version": 2 }' });
    expect(other.ok ? [] : other.errors.map((e) => e.message)).toEqual([
      'format: This isn\'t a Quizformer export: "format" must be "quizformer".',
      "version: This export's version isn't supported: this Quizformer reads version 1.",
    ]);
    const empty = await importJson(admin, { text: '{ "format": "quizformer", "version": 1 }' });
    expect(empty.ok ? [] : empty.errors).toEqual([{ line: null, message: "The file holds no templates and no quizzes." }]);
  });

  it("refuses files over 5 MB and non-admins", async () => {
    const big = importJson(admin, { text: `{"pad": "${"x".repeat(5 * 1024 * 1024)}"}` });
    await expect(big).rejects.toBeInstanceOf(ValidationError);
    await expect(big).rejects.toThrow("The file is 5.1 MB; the limit is 5 MB.");
    const student = await makeUser("STUDENT");
    await expect(exportJson(student, now)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(importJson(student, { text: "{}" })).rejects.toBeInstanceOf(ForbiddenError);
  });
});
