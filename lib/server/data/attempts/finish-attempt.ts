import "server-only";
import { getDb } from "@/lib/server/db";
import { ForbiddenError, NotFoundError } from "@/lib/server/errors";
import type { Actor } from "@/lib/server/data/actor";
import { closeIfExpired } from "./internal/close-if-expired";

/** Hands in an attempt; unanswered questions count as wrong. Finishing twice is harmless. */
export async function finishAttempt(actor: Actor, attemptId: string, now: Date): Promise<{ status: "SUBMITTED" | "EXPIRED" }> {
  const db = getDb();
  const attempt = await db.attempt.findUnique({ where: { id: attemptId }, select: { id: true, userId: true, status: true, deadline: true } });
  if (!attempt) throw new NotFoundError("This attempt doesn't exist.");
  if (attempt.userId !== actor.id) throw new ForbiddenError("This attempt belongs to someone else.");
  const status = await closeIfExpired(db, attempt, now);
  if (status !== "IN_PROGRESS") return { status };
  await db.attempt.updateMany({ where: { id: attempt.id, status: "IN_PROGRESS" }, data: { status: "SUBMITTED", finishedAt: now } });
  return { status: "SUBMITTED" };
}
