import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/server/db";
import { ValidationError } from "@/lib/server/errors";
import { mulberry32 } from "@/lib/random/seeded-random";
import { submitAnswerSchema, submitAnswer } from "@/lib/server/data/attempts/submit-answer";
import { createTeamSchema, createTeam } from "@/lib/server/data/teams/create-team";
import { signUpSchema } from "@/lib/schemas/account";
import { makeUser } from "@/test/integration/db-helpers";
import type { Actor } from "@/lib/server/data/actor";
import { getAttempt } from "@/lib/server/data/attempts/get-attempt";
import { startTopicQuiz } from "@/lib/server/data/attempts/start-topic-quiz";
import { resetWithSlidingWindowBank } from "@/test/integration/quiz-fixtures";

/**
 * NUL characters and lone surrogates can't be stored by PostgreSQL. The input schemas refuse them
 * with a reason; whatever reaches the database anyway (an id from a URL) is a 400, never a 500,
 * and writes nothing.
 */

const now = new Date("2026-06-01T12:00:00Z");
const BAD = ["a\u0000b", "\ud800", "x\udfff y"];
let student: Actor;

beforeAll(async () => {
  await resetWithSlidingWindowBank();
  student = await makeUser();
});

describe("unstorable text", () => {
  it("is refused by the input schemas with a reason naming the field", () => {
    for (const bad of BAD) {
      const team = createTeamSchema.safeParse({ name: `Team ${bad}` });
      expect(team.error?.issues[0]).toMatchObject({ path: ["name"], message: expect.stringMatching(/can't be stored/) });
      const answer = submitAnswerSchema.safeParse({ attemptId: "x", position: 0, response: { kind: "text", text: bad }, idempotencyKey: "key-12345678" });
      expect(answer.error?.issues[0]?.path).toEqual(["response", "text"]);
      expect(signUpSchema.safeParse({ name: bad, email: "a@example.test", password: "long enough password" }).success).toBe(false);
    }
  });

  it("that reaches the database anyway is a validation error, not a crash", async () => {
    for (const bad of BAD) {
      const error = await getAttempt(student, bad, now).catch((e: unknown) => e);
      // A lone surrogate in a plain text column becomes U+FFFD on the way in: simply not found.
      if (bad.includes("\u0000")) expect(error).toBeInstanceOf(ValidationError);
      else expect((error as Error).name).toBe("NotFoundError");
    }
    const error = await createTeam({ id: student.id, role: "ADMIN" }, { name: "Team \u0000" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as Error).message).toMatch(/can't be stored/);
    expect(await getDb().team.count()).toBe(0);
  });

  it("in an answer (a JSON column) writes nothing and leaves the question open", async () => {
    const { attemptId } = await startTopicQuiz(student, { topic: "sliding-window-attention", count: 2 }, now, mulberry32(1));
    for (const [i, bad] of BAD.entries()) {
      const error = await submitAnswer(student, { attemptId, position: 0, response: { kind: "text", text: bad }, idempotencyKey: `bad-key-${i}0000` }, now).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
    }
    const q = await getDb().attemptQuestion.findUniqueOrThrow({ where: { attemptId_position: { attemptId, position: 0 } } });
    expect(q.answeredAt).toBeNull();
  });
});
