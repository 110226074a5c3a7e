import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/server/db";
import { ConflictError } from "@/lib/server/errors";
import { mulberry32 } from "@/lib/random/seeded-random";
import { makeUser } from "@/test/integration/db-helpers";
import type { Actor } from "@/lib/server/data/actor";
import { publishQuiz } from "@/lib/server/data/quizzes/publish-quiz";
import { saveQuiz } from "@/lib/server/data/quizzes/save-quiz";
import { finishAttempt } from "./finish-attempt";
import { startQuizAttempt } from "./start-quiz-attempt";
import { startTopicQuiz } from "./start-topic-quiz";
import { resetWithSlidingWindowBank, quizSettings } from "@/test/integration/quiz-fixtures";

const now = new Date("2026-06-01T12:00:00Z");
const PARALLEL = 10;
let admin: Actor;

beforeAll(async () => {
  await resetWithSlidingWindowBank();
  admin = await makeUser("ADMIN");
});

async function publishedQuiz(title: string, maxAttempts: number | undefined, templateKey = "swa-window-scores"): Promise<string> {
  const { id } = await saveQuiz(admin, quizSettings({
    title,
    description: "",
    topic: "sliding-window-attention",
    feedbackMode: "DEFERRED",
    shuffleQuestions: false,
    shuffleChoices: false,
    ...(maxAttempts === undefined ? {} : { maxAttempts }),
    items: [{ type: "template", templateKey }],
  }));
  await publishQuiz(admin, { quizId: id, audience: "everyone", teamIds: [], teamWindows: {} }, now);
  return id;
}

const attemptsOf = (userId: string, quizId: string) => getDb().attempt.count({ where: { userId, quizId } });
const parallel = <T>(work: (i: number) => Promise<T>) => Promise.allSettled(Array.from({ length: PARALLEL }, (_, i) => work(i)));

describe("parallel starts", () => {
  it("of a one-attempt quiz create one attempt, and every caller resumes it", async () => {
    const student = await makeUser();
    const quizId = await publishedQuiz("One try", 1);
    const results = await parallel((i) => startQuizAttempt(student, quizId, now, mulberry32(i)));
    expect(results.every((r) => r.status === "fulfilled")).toBe(true);
    const ids = new Set(results.map((r) => (r as PromiseFulfilledResult<{ attemptId: string }>).value.attemptId));
    expect(ids.size).toBe(1);
    expect(await attemptsOf(student.id, quizId)).toBe(1);

    await finishAttempt(student, [...ids][0]!, now);
    const again = await parallel((i) => startQuizAttempt(student, quizId, now, mulberry32(100 + i)));
    expect(again.every((r) => r.status === "rejected" && r.reason instanceof ConflictError)).toBe(true);
    expect(await attemptsOf(student.id, quizId)).toBe(1);
  });

  it("never exceed the limit once earlier attempts are finished", async () => {
    const student = await makeUser();
    const quizId = await publishedQuiz("Two tries", 2);
    const { attemptId } = await startQuizAttempt(student, quizId, now, mulberry32(1));
    await finishAttempt(student, attemptId, now);
    const results = await parallel((i) => startQuizAttempt(student, quizId, now, mulberry32(i)));
    const started = new Set(results.flatMap((r) => (r.status === "fulfilled" ? [r.value.attemptId] : [])));
    expect(started.size).toBe(1);
    expect(await attemptsOf(student.id, quizId)).toBe(2);
  });

  it("of a topic quiz open one attempt", async () => {
    const student = await makeUser();
    const results = await parallel((i) => startTopicQuiz(student, { topic: "sliding-window-attention", count: 3 }, now, mulberry32(i)));
    expect(results.every((r) => r.status === "fulfilled")).toBe(true);
    expect(await getDb().attempt.count({ where: { userId: student.id, quizId: null } })).toBe(1);
  });

  it("of quizzes sharing a template hand out a distinct seed each and count every exposure", async () => {
    const student = await makeUser();
    const quizIds = await Promise.all(Array.from({ length: PARALLEL }, (_, i) => publishedQuiz(`Shared ${i}`, undefined)));
    const results = await Promise.allSettled(quizIds.map((quizId, i) => startQuizAttempt(student, quizId, now, mulberry32(i))));
    expect(results.filter((r) => r.status === "rejected").map((r) => String((r as PromiseRejectedResult).reason))).toEqual([]);
    const seeds = await getDb().attemptQuestion.findMany({ where: { attempt: { userId: student.id } }, select: { seed: true } });
    expect(seeds).toHaveLength(PARALLEL);
    expect(new Set(seeds.map((s) => s.seed)).size).toBe(PARALLEL);
    const exposure = await getDb().templateExposure.findUniqueOrThrow({ where: { userId_templateKey: { userId: student.id, templateKey: "swa-window-scores" } } });
    expect(exposure.count).toBe(PARALLEL);
  });

  it("give a template listed twice in one quiz two seeds in a row, in parallel starts too", async () => {
    const student = await makeUser();
    const twice = async (title: string) => {
      const { id } = await saveQuiz(admin, quizSettings({
        title, description: "", topic: "sliding-window-attention", feedbackMode: "DEFERRED", shuffleQuestions: false, shuffleChoices: false,
        items: [{ type: "template", templateKey: "swa-window-scores" }, { type: "template", templateKey: "swa-window-scores" }],
      }));
      await publishQuiz(admin, { quizId: id, audience: "everyone", teamIds: [], teamWindows: {} }, now);
      return id;
    };
    const quizIds = await Promise.all([twice("Twice A"), twice("Twice B"), twice("Twice C")]);
    const results = await Promise.allSettled(quizIds.map((quizId, i) => startQuizAttempt(student, quizId, now, mulberry32(50 + i))));
    expect(results.every((r) => r.status === "fulfilled")).toBe(true);
    const attempts = await getDb().attempt.findMany({ where: { userId: student.id }, select: { questions: { select: { seed: true }, orderBy: { position: "asc" } } } });
    const seeds = attempts.flatMap((a) => a.questions.map((q) => q.seed));
    expect(seeds).toHaveLength(6);
    expect(new Set(seeds).size).toBe(6);
    for (const a of attempts) expect(a.questions[1]!.seed - a.questions[0]!.seed).toBe(1);
    const exposure = await getDb().templateExposure.findUniqueOrThrow({ where: { userId_templateKey: { userId: student.id, templateKey: "swa-window-scores" } } });
    expect(exposure.count).toBe(6);
  });
});
