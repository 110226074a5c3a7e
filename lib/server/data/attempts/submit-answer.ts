import "server-only";
import { getDb } from "@/lib/server/db";
import { ConflictError, ForbiddenError, GoneError, NotFoundError } from "@/lib/server/errors";
import { gradeResponse, type Response } from "@/lib/questions/grade-response";
import type { Actor } from "@/lib/server/data/actor";
import { closeIfExpired } from "./internal/close-if-expired";
import { reveal, type RevealedSolution } from "./get-attempt";
import { loadVariant } from "./load-variant";

export type SubmitResult = { correct: boolean | null; feedback: string; solution: RevealedSolution | null; replayed: boolean };

const timeFormat = new Intl.DateTimeFormat("en-GB", { timeStyle: "short", timeZone: "UTC" });

/**
 * Records and grades one answer. The same idempotency key returns the first
 * result again (double clicks, retries after a network error); another answer to
 * an answered question is refused; after a timed attempt's deadline the answer is
 * refused and the attempt closes. Under deferred feedback nothing is revealed.
 */
export async function submitAnswer(
  actor: Actor,
  input: { attemptId: string; position: number; response: Response; idempotencyKey: string },
  now: Date,
): Promise<SubmitResult> {
  const db = getDb();
  const attempt = await db.attempt.findUnique({
    where: { id: input.attemptId },
    select: { id: true, userId: true, status: true, deadline: true, feedbackMode: true, shuffleChoices: true },
  });
  if (!attempt) throw new NotFoundError("This attempt doesn't exist.");
  if (attempt.userId !== actor.id) throw new ForbiddenError("This attempt belongs to someone else.");
  const question = await db.attemptQuestion.findUnique({
    where: { attemptId_position: { attemptId: attempt.id, position: input.position } },
    include: { template: { select: { id: true, definition: true } } },
  });
  if (!question) throw new NotFoundError("This question isn't part of the attempt.");
  const immediate = attempt.feedbackMode === "IMMEDIATE";
  const variant = loadVariant(question.template, question.seed, attempt.shuffleChoices);

  const stored = (q: { correct: boolean | null; feedback: string | null }): SubmitResult => ({
    correct: immediate ? q.correct : null,
    feedback: immediate ? (q.feedback ?? "") : "Answer saved.",
    solution: immediate ? reveal(variant.solution) : null,
    replayed: true,
  });
  if (question.answeredAt) {
    if (question.idempotencyKey === input.idempotencyKey) return stored(question);
    throw new ConflictError("You've already answered this question.");
  }

  const status = await closeIfExpired(db, attempt, now);
  if (status === "EXPIRED") {
    throw new GoneError(`Time is up: the quiz closed at ${timeFormat.format(attempt.deadline!)} UTC, so this answer wasn't recorded. Your attempt has been submitted.`);
  }
  if (status !== "IN_PROGRESS") throw new ConflictError("This attempt is already finished.");

  const grade = gradeResponse(variant, input.response);
  const written = await db.$transaction(async (tx) => {
    // Only the first writer wins: a concurrent duplicate sees count 0 and replays.
    const { count } = await tx.attemptQuestion.updateMany({
      where: { id: question.id, answeredAt: null },
      data: {
        response: input.response,
        idempotencyKey: input.idempotencyKey,
        correct: grade.correct,
        feedback: grade.feedback,
        misconception: grade.misconception ?? null,
        answeredAt: now,
      },
    });
    if (count === 1 && grade.correct) await tx.attempt.update({ where: { id: attempt.id }, data: { correctCount: { increment: 1 } } });
    return count === 1;
  });
  if (!written) {
    const winner = await db.attemptQuestion.findUniqueOrThrow({ where: { id: question.id } });
    if (winner.idempotencyKey === input.idempotencyKey) return stored(winner);
    throw new ConflictError("You've already answered this question.");
  }
  return {
    correct: immediate ? grade.correct : null,
    feedback: immediate ? grade.feedback : "Answer saved.",
    solution: immediate ? reveal(variant.solution) : null,
    replayed: false,
  };
}
