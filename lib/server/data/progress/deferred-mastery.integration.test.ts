import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/server/db";
import { mulberry32 } from "@/lib/random/seeded-random";
import { makeUser } from "@/test/integration/db-helpers";
import type { Actor } from "@/lib/server/data/actor";
import { finishAttempt } from "@/lib/server/data/attempts/finish-attempt";
import { getAttempt } from "@/lib/server/data/attempts/get-attempt";
import { startQuizAttempt } from "@/lib/server/data/attempts/start-quiz-attempt";
import { submitAnswer } from "@/lib/server/data/attempts/submit-answer";
import { listAttempts } from "@/lib/server/data/attempts/list-attempts";
import { publishQuiz } from "@/lib/server/data/quizzes/publish-quiz";
import { saveQuiz } from "@/lib/server/data/quizzes/save-quiz";
import { getStudentProgress } from "./get-student-progress";
import { queryMasteryFromAnswers } from "./internal/query-mastery-from-answers";
import { resetWithSlidingWindowBank, rightAnswer, quizSettings } from "@/test/integration/quiz-fixtures";

/**
 * Under deferred feedback a student may not learn whether an answer was right before the attempt
 * ends: neither from the attempt itself nor from anything else they can read (mastery on
 * /progress, the attempt's score in their lists).
 */

const now = new Date("2026-06-01T12:00:00Z");
const QUESTIONS = 3;
let admin: Actor;

beforeAll(async () => {
  await resetWithSlidingWindowBank();
  admin = await makeUser("ADMIN");
});

async function deferredQuiz(timeLimitMinutes?: number): Promise<string> {
  const { id } = await saveQuiz(admin, quizSettings({
    title: "Deferred",
    description: "",
    topic: "sliding-window-attention",
    feedbackMode: "DEFERRED",
    shuffleQuestions: false,
    shuffleChoices: false,
    ...(timeLimitMinutes ? { timeLimitMinutes } : {}),
    items: [{ type: "draw", topic: "sliding-window-attention", tag: "", difficulty: "", count: QUESTIONS }],
  }));
  await publishQuiz(admin, { quizId: id, audience: "everyone", teamIds: [], teamWindows: {} }, now);
  return id;
}

const mastered = async (actor: Actor, at: Date) => (await getStudentProgress(actor, at)).topics.find((t) => t.slug === "sliding-window-attention")!;

/** Answers every question right, reading the student's progress and lists after each answer. */
async function answerAll(student: Actor, attemptId: string): Promise<{ mastered: number[]; scores: (number | null)[] }> {
  const seen = { mastered: [] as number[], scores: [] as (number | null)[] };
  for (let position = 0; position < QUESTIONS; position++) {
    await submitAnswer(student, { attemptId, position, response: await rightAnswer(attemptId, position), idempotencyKey: `deferred-${attemptId}-${position}` }, now);
    seen.mastered.push((await mastered(student, now)).mastered);
    seen.scores.push((await getAttempt(student, attemptId, now)).correctCount);
    seen.scores.push((await listAttempts(student)).find((a) => a.id === attemptId)!.correctCount);
  }
  return seen;
}

describe("deferred feedback", () => {
  it("moves mastery and shows the score only once the attempt is submitted", async () => {
    const student = await makeUser();
    const { attemptId } = await startQuizAttempt(student, await deferredQuiz(), now, mulberry32(1));
    const during = await answerAll(student, attemptId);
    expect(during.mastered).toEqual([0, 0, 0]);
    expect(during.scores.every((s) => s === null)).toBe(true);
    const [fromAnswers] = await queryMasteryFromAnswers(getDb(), [student.id]);
    expect(fromAnswers?.mastered ?? 0).toBe(0);

    await finishAttempt(student, attemptId, now);
    expect((await mastered(student, now)).mastered).toBe(QUESTIONS);
    expect((await getAttempt(student, attemptId, now)).correctCount).toBe(QUESTIONS);
    expect((await listAttempts(student)).find((a) => a.id === attemptId)!.correctCount).toBe(QUESTIONS);
  });

  it("counts a timed attempt's answers when it closes at its deadline", async () => {
    const student = await makeUser();
    const { attemptId } = await startQuizAttempt(student, await deferredQuiz(10), now, mulberry32(2));
    expect((await answerAll(student, attemptId)).mastered).toEqual([0, 0, 0]);
    const late = new Date(now.getTime() + 11 * 60_000);
    expect((await getAttempt(student, attemptId, late)).status).toBe("EXPIRED");
    expect((await mastered(student, late)).mastered).toBe(QUESTIONS);
  });

  it("counts a timed attempt nobody reopened once its time is up: the progress page closes it", async () => {
    const student = await makeUser();
    const { attemptId } = await startQuizAttempt(student, await deferredQuiz(10), now, mulberry32(4));
    await answerAll(student, attemptId);
    const late = new Date(now.getTime() + 11 * 60_000);
    expect((await mastered(student, late)).mastered).toBe(QUESTIONS);
    expect((await getDb().attempt.findUniqueOrThrow({ where: { id: attemptId } })).status).toBe("EXPIRED");
  });

  it("keeps the summary equal to its rebuild through answers and the attempt's end", async () => {
    const student = await makeUser();
    const { attemptId } = await startQuizAttempt(student, await deferredQuiz(), now, mulberry32(3));
    await answerAll(student, attemptId);
    const read = () => getDb().$queryRaw<unknown[]>`SELECT * FROM "LatestAnswer" WHERE "userId" = ${student.id} ORDER BY "templateKey"`;
    const check = async () => {
      const kept = await read();
      await getDb().$executeRaw`SELECT "latest_answer_rebuild"()`;
      expect(kept).toEqual(await read());
      return kept;
    };
    expect((await check()).length).toBe(0);
    await finishAttempt(student, attemptId, now);
    expect((await check()).length).toBe(QUESTIONS);
  });
});
