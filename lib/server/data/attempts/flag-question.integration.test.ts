import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/server/db";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/server/errors";
import { TOPICS } from "@/lib/topics/topic-list";
import { SLIDING_WINDOW_TEMPLATES } from "@/lib/topics/sliding-window-attention/templates";
import { mulberry32 } from "@/lib/random/seeded-random";
import { templateSchema } from "@/lib/questions/template-schema";
import { makeUser, resetDatabase } from "@/test/integration/db-helpers";
import type { Actor } from "@/lib/server/data/actor";
import { seedTemplates } from "@/lib/server/data/templates/seed-templates";
import { seedTopics } from "@/lib/server/data/topics/seed-topics";
import { finishAttempt } from "./finish-attempt";
import { flagQuestion } from "./flag-question";
import { getAttempt } from "./get-attempt";
import { startTopicQuiz } from "./start-topic-quiz";

const now = new Date("2026-05-01T09:00:00Z");
let student: Actor;

beforeAll(async () => {
  await resetDatabase();
  await getDb().questionTemplate.deleteMany();
  await seedTopics(TOPICS);
  await seedTemplates(SLIDING_WINDOW_TEMPLATES.map((t) => templateSchema.parse(t)));
});

beforeEach(async () => {
  student = await makeUser();
});

describe("flagging a question", () => {
  it("marks and unmarks one question of the student's open attempt, and the attempt shows it", async () => {
    const { attemptId } = await startTopicQuiz(student, { topic: "sliding-window-attention", count: 4 }, now, mulberry32(7));
    await flagQuestion(student, { attemptId, position: 2, flagged: true }, now);
    await flagQuestion(student, { attemptId, position: 2, flagged: true }, now);
    expect((await getAttempt(student, attemptId, now)).questions.map((q) => q.flagged)).toEqual([false, false, true, false]);
    await flagQuestion(student, { attemptId, position: 2, flagged: false }, now);
    expect((await getAttempt(student, attemptId, now)).questions.every((q) => !q.flagged)).toBe(true);
  });

  it("is refused on someone else's attempt, a question outside it, and a finished attempt", async () => {
    const { attemptId } = await startTopicQuiz(student, { topic: "sliding-window-attention", count: 2 }, now, mulberry32(8));
    const other = await makeUser();
    await expect(flagQuestion(other, { attemptId, position: 0, flagged: true }, now)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(flagQuestion(student, { attemptId, position: 9, flagged: true }, now)).rejects.toBeInstanceOf(NotFoundError);
    await finishAttempt(student, attemptId, now);
    await expect(flagQuestion(student, { attemptId, position: 0, flagged: true }, now)).rejects.toBeInstanceOf(ConflictError);
    expect(await getDb().attemptQuestion.count({ where: { attemptId, flagged: true } })).toBe(0);
  });
});
