import { quizSettings } from "@/test/integration/quiz-fixtures";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/server/db";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/server/errors";
import { TOPICS } from "@/lib/topics/topic-list";
import { SLIDING_WINDOW_TEMPLATES } from "@/lib/topics/sliding-window-attention/templates";
import { mulberry32 } from "@/lib/random/seeded-random";
import { templateSchema } from "@/lib/questions/template-schema";
import { makeTeam, makeUser, resetDatabase } from "@/test/integration/db-helpers";
import type { Actor } from "@/lib/server/data/actor";
import { finishAttempt } from "@/lib/server/data/attempts/finish-attempt";
import { getAttempt } from "@/lib/server/data/attempts/get-attempt";
import { startQuizAttempt } from "@/lib/server/data/attempts/start-quiz-attempt";
import { submitAnswer } from "@/lib/server/data/attempts/submit-answer";
import { seedTemplates } from "@/lib/server/data/templates/seed-templates";
import { seedTopics } from "@/lib/server/data/topics/seed-topics";
import { listAvailableQuizzes } from "./list-available-quizzes";
import { publishQuiz, unpublishQuiz } from "./publish-quiz";
import { saveQuiz } from "./save-quiz";

const now = new Date("2026-06-01T12:00:00Z");
let admin: Actor;
let lead: Actor;
let member: Actor;
let outsider: Actor;
let team: { id: string };

beforeAll(async () => {
  await resetDatabase();
  await getDb().questionTemplate.deleteMany();
  await seedTopics(TOPICS);
  await seedTemplates(SLIDING_WINDOW_TEMPLATES.map((t) => templateSchema.parse(t)));
  admin = await makeUser("ADMIN");
  lead = await makeUser();
  member = await makeUser();
  outsider = await makeUser();
  team = await makeTeam(lead, [member]);
});

const base = { description: "", topic: "sliding-window-attention", shuffleQuestions: false, shuffleChoices: true } as const;

describe("quizzes", () => {
  it("only admins build and publish them", async () => {
    await expect(saveQuiz(lead, quizSettings({ ...base, title: "Nope", feedbackMode: "IMMEDIATE", items: [{ type: "template", templateKey: "swa-window-scores" }] }))).rejects.toBeInstanceOf(ForbiddenError);
    const { id } = await saveQuiz(admin, quizSettings({ ...base, title: "Quiz", feedbackMode: "IMMEDIATE", items: [{ type: "template", templateKey: "swa-window-scores" }] }));
    await expect(publishQuiz(lead, { quizId: id, audience: "everyone", teamIds: [], teamWindows: {} }, now)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("reject unknown templates with the item number", async () => {
    await expect(saveQuiz(admin, quizSettings({ ...base, title: "Broken", feedbackMode: "IMMEDIATE", items: [{ type: "template", templateKey: "no-such-key" }] }))).rejects.toThrow(
      /Please fix the quiz/,
    );
  });

  it("published to a team are visible to its members only, and disappear when unpublished", async () => {
    const { id } = await saveQuiz(admin, quizSettings({ ...base, title: "Team quiz", feedbackMode: "IMMEDIATE", items: [{ type: "draw", topic: "sliding-window-attention", tag: "", difficulty: "EASY", count: 3 }] }));
    expect((await listAvailableQuizzes(member, new Date())).map((q) => q.id)).not.toContain(id);
    await publishQuiz(admin, { quizId: id, audience: "teams", teamIds: [team.id], teamWindows: {} }, now);
    expect((await listAvailableQuizzes(member, new Date())).map((q) => q.id)).toContain(id);
    expect((await listAvailableQuizzes(outsider, new Date())).map((q) => q.id)).not.toContain(id);
    await expect(startQuizAttempt(outsider, id, now)).rejects.toBeInstanceOf(NotFoundError);
    const { attemptId } = await startQuizAttempt(member, id, now, mulberry32(1));
    const view = await getAttempt(member, attemptId, now);
    expect(view.questions).toHaveLength(3);
    const easy = new Set(SLIDING_WINDOW_TEMPLATES.filter((t) => t.difficulty === "easy").map((t) => t.key));
    const drawn = await getDb().attemptQuestion.findMany({ where: { attemptId }, select: { template: { select: { key: true } } } });
    expect(drawn.every((q) => easy.has(q.template.key))).toBe(true);
    await unpublishQuiz(admin, id);
    expect((await listAvailableQuizzes(member, new Date())).map((q) => q.id)).not.toContain(id);
  });

  it("enforce the attempts limit and set a server deadline", async () => {
    const { id } = await saveQuiz(admin, quizSettings({ ...base, title: "Timed", feedbackMode: "IMMEDIATE", timeLimitMinutes: 10, maxAttempts: 1, items: [{ type: "template", templateKey: "swa-window-scores" }] }));
    await publishQuiz(admin, { quizId: id, audience: "everyone", teamIds: [], teamWindows: {} }, now);
    const { attemptId } = await startQuizAttempt(outsider, id, now, mulberry32(2));
    expect((await getAttempt(outsider, attemptId, now)).deadline).toEqual(new Date(now.getTime() + 10 * 60_000));
    expect(await startQuizAttempt(outsider, id, now)).toEqual({ attemptId, resumed: true });
    await finishAttempt(outsider, attemptId, now);
    await expect(startQuizAttempt(outsider, id, now)).rejects.toBeInstanceOf(ConflictError);
  });

  it("under deferred feedback reveal nothing until the attempt is over", async () => {
    const { id } = await saveQuiz(admin, quizSettings({ ...base, title: "Deferred", feedbackMode: "DEFERRED", items: [{ type: "template", templateKey: "swa-llama3-uses-window" }] }));
    await publishQuiz(admin, { quizId: id, audience: "everyone", teamIds: [], teamWindows: {} }, now);
    const { attemptId } = await startQuizAttempt(member, id, now, mulberry32(3));
    const r = await submitAnswer(member, { attemptId, position: 0, response: { kind: "choice", choiceId: "false" }, idempotencyKey: "deferred-1" }, now);
    expect(r).toEqual({ correct: null, score: null, feedback: "Answer saved.", solution: null, replayed: false });
    const during = await getAttempt(member, attemptId, now);
    expect(during.questions[0]!.solution).toBeNull();
    expect(JSON.stringify(during)).not.toContain('"correct":true');
    // The marks earned and each answer's share would give the verdict away too.
    expect(during.marks).toEqual({ earned: null, max: 1 });
    expect(during.questions[0]!.answer).toMatchObject({ correct: null, score: null });
    await finishAttempt(member, attemptId, now);
    const after = await getAttempt(member, attemptId, now);
    expect(after.questions[0]).toMatchObject({ answer: { correct: true }, solution: { expectedText: "False" } });
    expect(after.correctCount).toBe(1);
    expect(after.marks).toEqual({ earned: 1, max: 1 });
  });
});
