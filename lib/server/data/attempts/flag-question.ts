import "server-only";
import { z } from "zod";
import { getDb } from "@/lib/server/db";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/server/errors";
import type { Actor } from "@/lib/server/data/actor";
import { recordIdSchema } from "@/lib/schemas/ids";
import { closeIfExpired } from "./internal/close-if-expired";

export const flagQuestionSchema = z.object({
  attemptId: recordIdSchema,
  position: z.number().int().min(0).max(500),
  flagged: z.boolean(),
});

/**
 * Marks (or unmarks) a question of the student's own open attempt to come back to;
 * the summary step lists flagged questions. Setting the same value twice is harmless.
 */
export async function flagQuestion(actor: Actor, input: z.output<typeof flagQuestionSchema>, now: Date): Promise<{ flagged: boolean }> {
  const db = getDb();
  const attempt = await db.attempt.findUnique({
    where: { id: input.attemptId },
    select: { id: true, userId: true, status: true, deadline: true },
  });
  if (!attempt) throw new NotFoundError("This attempt doesn't exist.");
  if (attempt.userId !== actor.id) throw new ForbiddenError("This attempt belongs to someone else.");
  const status = await closeIfExpired(db, attempt, now);
  if (status !== "IN_PROGRESS") throw new ConflictError("This attempt is already finished.");
  const { count } = await db.attemptQuestion.updateMany({
    where: { attemptId: attempt.id, position: input.position },
    data: { flagged: input.flagged },
  });
  if (count === 0) throw new NotFoundError("This question isn't part of the attempt.");
  return { flagged: input.flagged };
}
