import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/server/db";
import { ConflictError, ForbiddenError, ValidationError } from "@/lib/server/errors";
import { TOPICS } from "@/lib/topics/topic-list";
import { SLIDING_WINDOW_TEMPLATES } from "@/lib/topics/sliding-window-attention/templates";
import { templateSchema } from "@/lib/questions/template-schema";
import { generateVariant } from "@/lib/questions/generate-variant";
import { MAX_IMPORT_BYTES } from "@/lib/gift/upload-limit";
import { makeUser, resetDatabase } from "@/test/integration/db-helpers";
import { largeGiftFile } from "@/test/fixtures/large-import-files";
import type { Actor } from "@/lib/server/data/actor";
import { seedTemplates } from "@/lib/server/data/templates/seed-templates";
import { seedTopics } from "@/lib/server/data/topics/seed-topics";
import { importGift } from "./import-gift";
import type { ImportProgress } from "./import-progress";

const builtIn = templateSchema.parse(SLIDING_WINDOW_TEMPLATES[0]);
let admin: Actor;

const VALID = `// Sample Moodle export
$CATEGORY: $course$/top/RoPE/Scaling Tricks

::Rotary base:: What base does the original RoPE paper use for θ? {#10000:0}

::RoPE rotates:: RoPE rotates query and key pairs by an angle. {T#No: it rotates pairs.#Yes.####The angle is m·θᵢ.}

$CATEGORY: Parameter-efficient fine-tuning

::LoRA rank:: Which LoRA rank does the config in the text use? {
=8#Right.
~4#Too small.
~%50%16#Half marks in Moodle.
}

::${builtIn.key}:: A question whose title is a built-in template's key, {=yes =y}

$CATEGORY: Astrology

::PPO clip:: Name the ratio clipping method of PPO. {=clipping =clipped surrogate}

::Essay:: Discuss sliding windows. {}
`;

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

describe("GIFT import", () => {
  it("writes every question as version 1, with topics and tags from categories, and reports warnings", async () => {
    const result = await importGift(admin, { text: VALID, defaultTopic: "rlhf" });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const { report } = result;
    expect(report).toMatchObject({ created: 5, versioned: 0, unchanged: 0, quizzes: { created: 0, unchanged: 0, skipped: 0 } });
    expect(report.warnings).toEqual([
      { line: 10, message: 'partial credit isn\'t supported: "16" (50%) is kept as a wrong choice' },
      { line: 20, message: 'category "Astrology" names no topic; its questions go to the default topic (rlhf)' },
      { line: 22, message: '"Essay" is an essay question (empty {}), which has no automatic answer; not imported' },
    ]);

    // One import writes its rows with one timestamp: they are listed here in the file's order.
    const order = ["rotary-base", "rope-rotates", "lora-rank", `${builtIn.key}-2`, "ppo-clip"];
    const rows = (await getDb().questionTemplate.findMany({ where: { builtIn: false }, include: { topic: true } })).sort((a, b) => order.indexOf(a.key) - order.indexOf(b.key));
    expect(rows.map((r) => [r.key, r.kind, r.topic.slug, r.tags, r.version, r.isLatest, r.createdById])).toEqual([
      ["rotary-base", "NUMERIC", "rope", ["scaling-tricks"], 1, true, admin.id],
      ["rope-rotates", "TRUE_FALSE", "rope", ["scaling-tricks"], 1, true, admin.id],
      ["lora-rank", "MULTIPLE_CHOICE", "peft", [], 1, true, admin.id],
      [`${builtIn.key}-2`, "SHORT_TEXT", "peft", [], 1, true, admin.id],
      ["ppo-clip", "SHORT_TEXT", "rlhf", ["astrology"], 1, true, admin.id],
    ]);
    // The built-in template whose key the title would have taken is untouched.
    expect(await getDb().questionTemplate.count({ where: { key: builtIn.key } })).toBe(1);

    const numeric = templateSchema.parse(rows[0]!.definition);
    expect(numeric).toMatchObject({ answer: { fn: "const.value", inputs: { value: 10000 } }, tolerance: { absolute: 0 } });
    expect(generateVariant(numeric, 0).solution.expectedText).toBe("10,000");
    expect(templateSchema.parse(rows[1]!.definition)).toMatchObject({ correct: true, explanation: "The angle is m·θᵢ." });
  });

  it("changes nothing on a second import, and adds a version for a changed question", async () => {
    await importGift(admin, { text: VALID, defaultTopic: "rlhf" });
    const before = await getDb().questionTemplate.findMany({ orderBy: { id: "asc" } });
    const again = await importGift(admin, { text: VALID, defaultTopic: "rlhf" });
    expect(again.ok && again.report).toMatchObject({ created: 0, versioned: 0, unchanged: 5 });
    expect(await getDb().questionTemplate.findMany({ orderBy: { id: "asc" } })).toEqual(before);

    const changed = await importGift(admin, { text: VALID.replace("{#10000:0}", "{#10000:1}"), defaultTopic: "rlhf" });
    expect(changed.ok && changed.report).toMatchObject({ created: 0, versioned: 1, unchanged: 4 });
    expect(changed.ok && changed.report.templates.find((t) => t.key === "rotary-base")).toEqual({ key: "rotary-base", title: "Rotary base", version: 2, outcome: "versioned" });
    const versions = await getDb().questionTemplate.findMany({ where: { key: "rotary-base" }, orderBy: { version: "asc" } });
    expect(versions.map((v) => [v.version, v.isLatest])).toEqual([
      [1, false],
      [2, true],
    ]);
  });

  it("reports every error of a broken file with its line and writes nothing", async () => {
    const broken = [
      "::Fine:: This question on its own would import. {T}",
      "",
      "::Unclosed:: Where does this block end? {=here",
      "~there",
      "",
      "::Two right:: Which are right here? {=a =b ~c}",
      "",
      "::Short:: 2 + 2? {#4}",
      "",
      "::Placeholder:: The value of \\{n\\} is unknown here. {T}",
      "",
      "::Bad number:: How many heads are there? {#",
      "=eight",
      "}",
    ].join("\n");
    const count = await getDb().questionTemplate.count();
    const result = await importGift(admin, { text: broken, defaultTopic: "rope" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      { line: 3, message: "unclosed {" },
      { line: 6, message: "multiple choice needs exactly one fully correct answer (=) or weights summing to 100%" },
      { line: 8, message: 'the question text "2 + 2?" is too short; Quizformer needs at least 10 characters' },
      { line: 10, message: '"Placeholder": Unresolved placeholder {n}.' },
      { line: 13, message: 'numeric answer "eight" is not a number' },
    ]);
    expect(await getDb().questionTemplate.count()).toBe(count);
  });

  it("refuses a file over 5 MB, counted in bytes, naming its size, and writes nothing", async () => {
    // 3.25 million characters, but "é" takes two bytes: 6.2 MB.
    const big = `::Big:: ${"é".repeat(3_250_000)} {T}`;
    const count = await getDb().questionTemplate.count();
    const refusal = importGift(admin, { text: big, defaultTopic: "rope" });
    await expect(refusal).rejects.toBeInstanceOf(ValidationError);
    await expect(refusal).rejects.toThrow("The file is 6.2 MB; the limit is 5 MB.");
    expect(await getDb().questionTemplate.count()).toBe(count);
  });

  it("refuses non-admins and an unknown default topic", async () => {
    const student = await makeUser("STUDENT");
    await expect(importGift(student, { text: VALID, defaultTopic: "rope" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(importGift(admin, { text: VALID, defaultTopic: "astrology" })).rejects.toBeInstanceOf(ValidationError);
    expect(await getDb().questionTemplate.count({ where: { builtIn: false } })).toBe(0);
  });

  it("says so when a file has nothing to import", async () => {
    const result = await importGift(admin, { text: "// only a comment\n\n::E:: Discuss. {}", defaultTopic: "rope" });
    expect(result).toEqual({
      ok: false,
      errors: [{ line: null, message: "The file holds no questions Quizformer can import." }],
      warnings: [{ line: 3, message: '"E" is an essay question (empty {}), which has no automatic answer; not imported' }],
    });
  });
});

// A file at the 5 MB limit holds about 180,000 short questions. These tests take tens of
// seconds on a busy machine (the import itself, not waiting), hence their own timeout.
describe("GIFT import at the size limit", () => {
  it("imports a file just under 5 MB in one run, reporting progress up to every question", { timeout: 240_000 }, async () => {
    const { text, questions } = largeGiftFile(MAX_IMPORT_BYTES);
    expect(new TextEncoder().encode(text).length).toBeLessThanOrEqual(MAX_IMPORT_BYTES);
    expect(questions).toBeGreaterThan(150_000);
    const last = new Map<ImportProgress["phase"], ImportProgress>();
    const result = await importGift(admin, { text, defaultTopic: "rlhf" }, (p) => void last.set(p.phase, p));
    if (!result.ok) throw new Error(JSON.stringify(result.errors.slice(0, 3)));
    expect(result.report).toMatchObject({ created: questions, versioned: 0, unchanged: 0 });
    expect(result.report.templates).toHaveLength(questions);
    expect(await getDb().questionTemplate.count({ where: { builtIn: false, isLatest: true, createdById: admin.id } })).toBe(questions);
    expect(await getDb().questionTemplate.count({ where: { builtIn: false, topic: { slug: "peft" } } })).toBe(40_000);
    expect(last.get("check")).toMatchObject({ done: questions, total: questions });
    expect(last.get("write")).toMatchObject({ done: questions, total: questions });
  });

  it("writes nothing when the last question of a file at the limit is broken, and names its line", { timeout: 240_000 }, async () => {
    const { text, questions } = largeGiftFile(MAX_IMPORT_BYTES, { lastQuestion: "::Last:: Which one is it? {=this ~that" });
    const lastLine = text.trimEnd().split("\n").length;
    const result = await importGift(admin, { text, defaultTopic: "rope" });
    expect(questions).toBeGreaterThan(150_000);
    expect(result).toEqual({ ok: false, errors: [{ line: lastLine, message: "unclosed {" }], warnings: [] });
    expect(await getDb().questionTemplate.count({ where: { builtIn: false } })).toBe(0);
  });

  it("rolls everything back when the last batch of the write fails", { timeout: 120_000 }, async () => {
    // 5,000 questions take five INSERTs. When the first is done, another session takes the
    // key of the file's last question: the last INSERT then breaks the unique key.
    const { text, questions } = largeGiftFile(160_000);
    expect(questions).toBeGreaterThan(4_000);
    const firstRun = await importGift(admin, { text, defaultTopic: "rope" });
    if (!firstRun.ok) throw new Error(JSON.stringify(firstRun.errors.slice(0, 3)));
    const lastKey = firstRun.report.templates.at(-1)!.key;
    await getDb().questionTemplate.deleteMany({ where: { builtIn: false } });

    let taken = false;
    const failing = importGift(admin, { text, defaultTopic: "rope" }, async (p) => {
      if (p.phase !== "write" || taken) return;
      taken = true;
      const rope = await getDb().topic.findUniqueOrThrow({ where: { slug: "rope" } });
      await getDb().questionTemplate.create({
        data: { key: lastKey, version: 1, topicId: rope.id, kind: "TRUE_FALSE", title: "Taken meanwhile", difficulty: "MEDIUM", tags: [], definition: {}, contentHash: "x" },
      });
    });
    await expect(failing).rejects.toBeInstanceOf(ConflictError);
    expect(taken).toBe(true);
    expect(await getDb().questionTemplate.findMany({ where: { builtIn: false }, select: { title: true } })).toEqual([{ title: "Taken meanwhile" }]);
  });
});
