import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/server/db";
import { ConflictError, ForbiddenError, GoneError } from "@/lib/server/errors";
import { TOPICS } from "@/lib/topics/topic-list";
import { SLIDING_WINDOW_TEMPLATES } from "@/lib/topics/sliding-window-attention/templates";
import { mulberry32 } from "@/lib/random/seeded-random";
import { templateSchema } from "@/lib/questions/template-schema";
import type { Response } from "@/lib/questions/grade-response";
import { makeUser, resetDatabase } from "@/test/integration/db-helpers";
import type { Actor } from "@/lib/server/data/actor";
import { seedTemplates } from "@/lib/server/data/templates/seed-templates";
import { seedTopics } from "@/lib/server/data/topics/seed-topics";
import { finishAttempt } from "./finish-attempt";
import { getAttempt, type AttemptView } from "./get-attempt";
import { loadVariant } from "./load-variant";
import { startTopicQuiz } from "./start-topic-quiz";
import { submitAnswer } from "./submit-answer";

const templates = SLIDING_WINDOW_TEMPLATES.map((t) => templateSchema.parse(t));
const now = new Date("2026-05-01T09:00:00Z");
let student: Actor;

beforeAll(async () => {
  await resetDatabase();
  await getDb().questionTemplate.deleteMany();
  await seedTopics(TOPICS);
  await seedTemplates(templates);
});

beforeEach(async () => {
  student = await makeUser();
});

/** The right response to a question, worked out from the stored template version and seed, as the server does. */
async function rightAnswer(attemptId: string, position: number): Promise<Response> {
  const q = await getDb().attemptQuestion.findUniqueOrThrow({ where: { attemptId_position: { attemptId, position } }, include: { template: true } });
  const v = loadVariant(q.template, q.seed);
  if (v.kind === "numeric") return { kind: "numeric", text: v.solution.expectedText };
  if (v.kind === "ordering") return { kind: "ordering", order: v.solution.order! };
  if (v.kind === "short_text") return { kind: "text", text: v.solution.accepted![0]! };
  return { kind: "choice", choiceId: v.solution.correctChoiceId! };
}

describe("topic quizzes", () => {
  it("store each question's template version and seed, and show the same variant on every load", async () => {
    const count = templates.length + 3;
    const { attemptId } = await startTopicQuiz(student, { topic: "sliding-window-attention", count }, now, mulberry32(1));
    const first = await getAttempt(student, attemptId, now);
    const again = await getAttempt(student, attemptId, now);
    expect(first.questions).toHaveLength(count);
    expect(again.questions.map((q) => q.variant)).toEqual(first.questions.map((q) => q.variant));
    // Fewer templates than questions: every template is used before any repeats.
    const keys = await getDb().attemptQuestion.findMany({ where: { attemptId }, orderBy: { position: "asc" }, select: { template: { select: { key: true } } } });
    expect(new Set(keys.slice(0, templates.length).map((q) => q.template.key)).size).toBe(templates.length);
  });

  it("resume an unfinished quiz instead of starting another", async () => {
    const a = await startTopicQuiz(student, { topic: "sliding-window-attention", count: 3 }, now, mulberry32(2));
    const b = await startTopicQuiz(student, { topic: "sliding-window-attention", count: 3 }, now, mulberry32(3));
    expect(b).toEqual({ attemptId: a.attemptId, resumed: true });
  });

  it("give the next attempt fresh draws and another student other variants", async () => {
    const seedsOf = async (actor: Actor, r: number) => {
      const { attemptId } = await startTopicQuiz(actor, { topic: "sliding-window-attention", count: 5 }, now, mulberry32(r));
      await finishAttempt(actor, attemptId, now);
      return getDb().attemptQuestion.findMany({ where: { attemptId }, select: { seed: true, template: { select: { key: true } } } });
    };
    const one = await seedsOf(student, 4);
    const two = await seedsOf(student, 5);
    for (const q of two) {
      const before = one.find((o) => o.template.key === q.template.key);
      if (before) expect(q.seed).toBe(before.seed + 1);
    }
    const other = await seedsOf(await makeUser(), 6);
    expect(other.map((q) => q.seed)).not.toEqual(one.map((q) => q.seed));
  });

  it("never send the answer key before the student answers", async () => {
    const { attemptId } = await startTopicQuiz(student, { topic: "sliding-window-attention", count: 5 }, now, mulberry32(7));
    const view = await getAttempt(student, attemptId, now);
    const sent = JSON.stringify(view);
    expect(view.questions.every((q) => q.solution === null && q.answer === null)).toBe(true);
    expect(sent).not.toMatch(/"solution":\{|"expectedText"|"correctChoiceId"|"accepted"|"params"/);
  });

  it("identify questions by opaque ids, never by template keys (they can name the answer)", async () => {
    const { attemptId } = await startTopicQuiz(student, { topic: "sliding-window-attention", count: templates.length }, now, mulberry32(14));
    const view = await getAttempt(student, attemptId, now);
    const sent = JSON.stringify(view);
    for (const t of templates) expect(sent).not.toContain(t.key);
    expect(new Set(view.questions.map((q) => q.id)).size).toBe(templates.length);
  });

  it("refuse someone else's attempt", async () => {
    const { attemptId } = await startTopicQuiz(student, { topic: "sliding-window-attention", count: 2 }, now, mulberry32(8));
    const intruder = await makeUser();
    await expect(getAttempt(intruder, attemptId, now)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(submitAnswer(intruder, { attemptId, position: 0, response: { kind: "numeric", text: "1" }, idempotencyKey: "intruder-key" }, now)).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("submitting answers", () => {
  it("grades, reveals the worked answer under immediate feedback, and counts a resend once", async () => {
    const { attemptId } = await startTopicQuiz(student, { topic: "sliding-window-attention", count: 3 }, now, mulberry32(9));
    const response = await rightAnswer(attemptId, 0);
    const first = await submitAnswer(student, { attemptId, position: 0, response, idempotencyKey: "key-aaaaaaaa" }, now);
    expect(first).toMatchObject({ correct: true, replayed: false });
    expect(first.solution?.expectedText).toBeTruthy();
    const resend = await submitAnswer(student, { attemptId, position: 0, response, idempotencyKey: "key-aaaaaaaa" }, now);
    expect(resend).toMatchObject({ correct: true, replayed: true });
    await expect(submitAnswer(student, { attemptId, position: 0, response, idempotencyKey: "key-bbbbbbbb" }, now)).rejects.toBeInstanceOf(ConflictError);
    expect((await getDb().attempt.findUniqueOrThrow({ where: { id: attemptId } })).correctCount).toBe(1);
  });

  it("count concurrent duplicates once", async () => {
    const { attemptId } = await startTopicQuiz(student, { topic: "sliding-window-attention", count: 2 }, now, mulberry32(10));
    const response = await rightAnswer(attemptId, 1);
    const results = await Promise.all(Array.from({ length: 5 }, () => submitAnswer(student, { attemptId, position: 1, response, idempotencyKey: "same-key-123" }, now)));
    expect(results.filter((r) => !r.replayed)).toHaveLength(1);
    expect((await getDb().attempt.findUniqueOrThrow({ where: { id: attemptId } })).correctCount).toBe(1);
  });

  it("let no answer land after the attempt is submitted, however they interleave", async () => {
    for (let round = 0; round < 4; round++) {
      const { attemptId } = await startTopicQuiz(student, { topic: "sliding-window-attention", count: 6 }, now, mulberry32(40 + round));
      const answers = await Promise.all([0, 1, 2, 3, 4, 5].map((position) => rightAnswer(attemptId, position)));
      const calls = answers.map((response, position) => submitAnswer(student, { attemptId, position, response, idempotencyKey: `race-${round}-${position}` }, now));
      const results = await Promise.allSettled([...calls.slice(0, 3), finishAttempt(student, attemptId, now), ...calls.slice(3)]);
      for (const r of results) if (r.status === "rejected") expect(r.reason).toBeInstanceOf(ConflictError);
      const attempt = await getDb().attempt.findUniqueOrThrow({ where: { id: attemptId }, include: { questions: true } });
      const answered = attempt.questions.filter((q) => q.answeredAt !== null);
      // What was accepted is exactly what the attempt counts, and the callers were told so.
      expect(attempt.status).toBe("SUBMITTED");
      expect(attempt.correctCount).toBe(answered.filter((q) => q.correct).length);
      expect(attempt.marksEarned).toBeCloseTo(answered.reduce((sum, q) => sum + (q.score ?? 0) * q.marks, 0), 9);
      expect(results.filter((r, i) => i !== 3 && r.status === "fulfilled")).toHaveLength(answered.length);
    }
  });

  it("refuse answers after the deadline and close the attempt", async () => {
    const { attemptId } = await startTopicQuiz(student, { topic: "sliding-window-attention", count: 2 }, now, mulberry32(11));
    await getDb().attempt.update({ where: { id: attemptId }, data: { deadline: new Date(now.getTime() + 60_000) } });
    const late = new Date(now.getTime() + 61_000);
    const error = await submitAnswer(student, { attemptId, position: 0, response: await rightAnswer(attemptId, 0), idempotencyKey: "late-key-1" }, late).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GoneError);
    expect((error as Error).message).toBe("Time is up: the quiz closed when its time limit ran out, so this answer wasn't recorded. Your attempt has been submitted.");
    const view: AttemptView = await getAttempt(student, attemptId, late);
    expect(view.status).toBe("EXPIRED");
    expect(view.questions.every((q) => q.answer === null && q.solution !== null)).toBe(true);
  });

  it("keep the template version an attempt was taken with", async () => {
    const { attemptId } = await startTopicQuiz(student, { topic: "sliding-window-attention", count: 5 }, now, mulberry32(12));
    const before = await getAttempt(student, attemptId, now);
    const edited = templates.map((t) => ({ ...t, title: `${t.title} (v2)` }));
    await seedTemplates(edited);
    const after = await getAttempt(student, attemptId, now);
    expect(after.questions.map((q) => q.variant)).toEqual(before.questions.map((q) => q.variant));
    expect(after.questions.every((q) => !q.variant.title.endsWith("(v2)"))).toBe(true);
    const newcomer = await makeUser();
    const { attemptId: newer } = await startTopicQuiz(newcomer, { topic: "sliding-window-attention", count: 2 }, now, mulberry32(13));
    expect((await getAttempt(newcomer, newer, now)).questions.every((q) => q.variant.title.endsWith("(v2)"))).toBe(true);
  });
});

describe("unit slips", () => {
  it("are stored with the misconception the student's feedback named, for item analysis to group", async () => {
    const count = templates.length;
    const { attemptId } = await startTopicQuiz(student, { topic: "sliding-window-attention", count }, now, mulberry32(7));
    const questions = await getDb().attemptQuestion.findMany({ where: { attemptId }, orderBy: { position: "asc" }, include: { template: true } });
    // A question whose answer is a size shown in GB or GiB: answer with the right number under the other prefix.
    const sized = questions.find((q) => {
      const v = loadVariant(q.template, q.seed);
      return v.kind === "numeric" && v.solution.numeric?.unit === "B" && /^(GB|GiB)$/.test(v.solution.numeric.displayUnit ?? "");
    });
    expect(sized, "the bank has a question answered in GB or GiB").toBeDefined();
    const v = loadVariant(sized!.template, sized!.seed);
    const { value, displayUnit } = v.solution.numeric!;
    const shown = displayUnit === "GB" ? value / 1e9 : value / 2 ** 30;
    const swapped = `${shown.toPrecision(6)} ${displayUnit === "GB" ? "GiB" : "GB"}`;
    const result = await submitAnswer(student, { attemptId, position: sized!.position, response: { kind: "numeric", text: swapped }, idempotencyKey: "unit-slip-1" }, now);
    expect(result.correct).toBe(false);
    expect(result.feedback).toMatch(/powers of (2|10)/);
    const stored = await getDb().attemptQuestion.findUniqueOrThrow({ where: { attemptId_position: { attemptId, position: sized!.position } } });
    expect(stored.misconception).toBe("gb-vs-gib");
  });
});
