import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/server/db";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/server/errors";
import { TOPICS } from "@/lib/topics/topic-list";
import type { TemplateInput } from "@/lib/questions/template-schema";
import { makeUser, resetDatabase } from "@/test/integration/db-helpers";
import type { Actor } from "@/lib/server/data/actor";
import { archiveTemplate, restoreTemplate } from "./archive-template";
import { getTemplateForEdit } from "./get-template-for-edit";
import { previewTemplate } from "./preview-template";
import { saveTemplate } from "./save-template";
import { seedTopics } from "@/lib/server/data/topics/seed-topics";

let admin: Actor;
let student: Actor;
let counter = 0;

/** A valid authored template under a key of its own. */
function draft(overrides: Partial<TemplateInput> = {}): TemplateInput {
  counter += 1;
  return {
    key: `authored-receptive-field-${counter}`,
    kind: "numeric",
    topic: "sliding-window-attention",
    title: "Receptive field of stacked windows",
    prompt: "Every layer uses a causal window of $w = {w}$ keys. After {layers} layers, how many positions can one output depend on?",
    parameters: [
      { kind: "choice", name: "layers", values: [4, 8, 16] },
      { kind: "int", name: "w", min: 2, max: 64, step: 2 },
    ],
    answer: { fn: "attention.receptive_field", inputs: { layers: "layers", w: "w" } },
    display: { unit: "", digits: 3 },
    explanation: "Each layer reaches w − 1 positions further back: L·(w−1)+1 in all.",
    source: { title: "Mistral 7B, arXiv 2310.06825", url: "https://arxiv.org/abs/2310.06825" },
    difficulty: "medium",
    tags: ["receptive-field"],
    ...overrides,
  } as TemplateInput;
}

/** Fixture: a student's attempt with one question taken from the template row `templateId`. */
async function useInAttempt(templateId: string): Promise<void> {
  const topic = await getDb().topic.findUniqueOrThrow({ where: { slug: "sliding-window-attention" }, select: { id: true } });
  await getDb().attempt.create({
    data: {
      userId: student.id,
      topicId: topic.id,
      feedbackMode: "IMMEDIATE",
      questionCount: 1,
      questions: { create: [{ position: 0, templateId, seed: 0 }] },
    },
  });
}

const versionsOf = (key: string) => getDb().questionTemplate.findMany({ where: { key }, orderBy: { version: "asc" } });

beforeAll(async () => {
  await resetDatabase();
  await getDb().questionTemplate.deleteMany();
  await seedTopics(TOPICS);
});

beforeEach(async () => {
  admin = await makeUser("ADMIN");
  student = await makeUser("STUDENT");
});

describe("saving authored templates", () => {
  it("is for admins only", async () => {
    const t = draft();
    await expect(saveTemplate(student, t, { create: true })).rejects.toBeInstanceOf(ForbiddenError);
    await saveTemplate(admin, t, { create: true });
    await expect(saveTemplate(student, { ...t, title: "Changed by a student" }, { key: t.key })).rejects.toBeInstanceOf(ForbiddenError);
    expect(() => previewTemplate(student, t)).toThrow(ForbiddenError);
    await expect(getTemplateForEdit(student, t.key)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(archiveTemplate(student, t.key)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(restoreTemplate(student, t.key)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await versionsOf(t.key)).toHaveLength(1);
  });

  it("creates version 1 of a new key, and refuses a key that exists", async () => {
    const t = draft();
    expect(await saveTemplate(admin, t, { create: true })).toEqual({ key: t.key, version: 1, createdVersion: true, changed: true });
    const [row] = await versionsOf(t.key);
    expect(row).toMatchObject({ version: 1, isLatest: true, status: "ACTIVE", builtIn: false, createdById: admin.id, kind: "NUMERIC", difficulty: "MEDIUM" });
    const error = await saveTemplate(admin, { ...t, title: "Another one" }, { create: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).message).toBe("A template with this key exists; open it to edit.");
    expect((error as ConflictError).fieldErrors.key).toMatch(/exists/);
    expect(await versionsOf(t.key)).toHaveLength(1);
  });

  it("writes nothing when the definition is unchanged", async () => {
    const t = draft();
    await saveTemplate(admin, t, { create: true });
    const before = await versionsOf(t.key);
    expect(await saveTemplate(admin, t, { key: t.key })).toEqual({ key: t.key, version: 1, createdVersion: false, changed: false });
    expect(await versionsOf(t.key)).toEqual(before);
  });

  it("updates the latest version in place while no attempt has used it", async () => {
    const t = draft();
    await saveTemplate(admin, t, { create: true });
    const [before] = await versionsOf(t.key);
    expect(await saveTemplate(admin, { ...t, title: "Receptive field, revised", difficulty: "hard" }, { key: t.key })).toEqual({
      key: t.key,
      version: 1,
      createdVersion: false,
      changed: true,
    });
    const rows = await versionsOf(t.key);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id: before!.id, version: 1, isLatest: true, title: "Receptive field, revised", difficulty: "HARD" });
    expect(rows[0]!.contentHash).not.toBe(before!.contentHash);
  });

  it("adds a version once the latest has been used, keeping the used one for its attempts", async () => {
    const t = draft();
    await saveTemplate(admin, t, { create: true });
    const [v1] = await versionsOf(t.key);
    await useInAttempt(v1!.id);

    const revised = { ...t, title: "Receptive field, revised" };
    expect(await saveTemplate(admin, revised, { key: t.key })).toEqual({ key: t.key, version: 2, createdVersion: true, changed: true });
    const rows = await versionsOf(t.key);
    expect(rows.map((r) => [r.version, r.isLatest, r.title])).toEqual([
      [1, false, t.title],
      [2, true, "Receptive field, revised"],
    ]);
    expect(rows[0]).toEqual({ ...v1, isLatest: false });
    expect(await getDb().attemptQuestion.count({ where: { templateId: v1!.id } })).toBe(1);

    // Version 2 hasn't been used yet: the next edit changes it in place.
    expect(await saveTemplate(admin, { ...revised, difficulty: "easy" }, { key: t.key })).toEqual({ key: t.key, version: 2, createdVersion: false, changed: true });
    expect(await versionsOf(t.key)).toHaveLength(2);
    const edit = await getTemplateForEdit(admin, t.key);
    expect(edit).toMatchObject({ version: 2, versions: 2, latestUsage: 0, usage: { questions: 1, attempts: 1 }, status: "ACTIVE" });
    expect(edit.template.difficulty).toBe("easy");
  });

  it("refuses an invalid template, naming the parameter values that broke it", async () => {
    // A window of 0 keys is drawn: the formula rejects it.
    const t = draft({ parameters: [{ kind: "choice", name: "layers", values: [4, 8] }, { kind: "int", name: "w", min: 0, max: 6, step: 2 }] });
    const error = await saveTemplate(admin, t, { create: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).message).toMatch(/^Fix th/);
    expect((error as ValidationError).message).toMatch(/"w".*at least 1.* sampled draws, first with (layers = \d+, w = 0|w = 0, layers = \d+)/);
    expect(await versionsOf(t.key)).toHaveLength(0);

    const schemaError = await saveTemplate(admin, draft({ title: "x", parameters: [{ kind: "int", name: "9lives", min: 1, max: 2, step: 1 }] }), { create: true }).catch(
      (e: unknown) => e,
    );
    expect(schemaError).toBeInstanceOf(ValidationError);
    expect(Object.keys((schemaError as ValidationError).fieldErrors)).toEqual(expect.arrayContaining(["title", "parameters.0.name"]));
  });

  it("refuses to change a template's key while editing", async () => {
    const t = draft();
    await saveTemplate(admin, t, { create: true });
    await expect(saveTemplate(admin, { ...t, key: "some-other-key" }, { key: t.key })).rejects.toBeInstanceOf(ValidationError);
    await expect(saveTemplate(admin, draft(), { key: "no-such-template" })).rejects.toBeInstanceOf(ValidationError);
  });
});

describe("archiving templates", () => {
  it("archives every version of a used template, and restores it", async () => {
    const t = draft();
    await saveTemplate(admin, t, { create: true });
    const [v1] = await versionsOf(t.key);
    await useInAttempt(v1!.id);
    await saveTemplate(admin, { ...t, title: "Receptive field, revised" }, { key: t.key });

    expect(await archiveTemplate(admin, t.key)).toEqual({ outcome: "archived", versions: 2 });
    expect((await versionsOf(t.key)).map((r) => r.status)).toEqual(["ARCHIVED", "ARCHIVED"]);
    expect(await getDb().attemptQuestion.count({ where: { templateId: v1!.id } })).toBe(1);
    // Editing an archived template keeps it archived.
    await saveTemplate(admin, { ...t, title: "Receptive field, third take" }, { key: t.key });
    expect((await getTemplateForEdit(admin, t.key)).status).toBe("ARCHIVED");

    expect(await restoreTemplate(admin, t.key)).toEqual({ versions: 2 });
    expect((await versionsOf(t.key)).map((r) => r.status)).toEqual(["ACTIVE", "ACTIVE"]);
  });

  it("deletes a template no attempt ever used", async () => {
    const t = draft();
    await saveTemplate(admin, t, { create: true });
    await saveTemplate(admin, { ...t, title: "Receptive field, revised" }, { key: t.key });
    expect(await archiveTemplate(admin, t.key)).toEqual({ outcome: "deleted", versions: 1 });
    expect(await versionsOf(t.key)).toHaveLength(0);
    await expect(archiveTemplate(admin, t.key)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getTemplateForEdit(admin, t.key)).rejects.toBeInstanceOf(NotFoundError);
    // The key is free again.
    expect(await saveTemplate(admin, t, { create: true })).toMatchObject({ version: 1, createdVersion: true });
  });
});

describe("previewing a draft", () => {
  it("returns five sample variants with answers and steps, writing nothing", async () => {
    const t = draft();
    const preview = previewTemplate(admin, t);
    expect(preview.errors).toEqual([]);
    expect(preview.spaceSize).toBe(3 * 32);
    expect(preview.variants).toHaveLength(5);
    expect(preview.variants[0]!.solution.steps.length).toBeGreaterThan(0);
    expect(preview.variants[0]!.solution.expectedText).toMatch(/^[\d,]+$/);
    expect(await versionsOf(t.key)).toHaveLength(0);
  });

  it("reports the draws that break, and field errors while the schema rejects the draft", () => {
    const broken = previewTemplate(admin, draft({ parameters: [{ kind: "choice", name: "layers", values: [4] }, { kind: "choice", name: "w", values: [0, 8] }] }));
    expect(broken.errors.join("\n")).toMatch(/first with (layers = 4, w = 0|w = 0, layers = 4)/);
    expect(broken.variants.length).toBe(1);

    const incomplete = previewTemplate(admin, { ...draft(), prompt: "short", answer: { fn: "", inputs: {} } });
    expect(incomplete.variants).toEqual([]);
    expect(incomplete.fieldErrors).toHaveProperty("prompt");
    expect(incomplete.fieldErrors).toHaveProperty("answer.fn");
  });
});
