import "server-only";
import type { Db } from "@/lib/server/db";

/**
 * Closes the given students' timed attempts whose deadline has passed (expired, finished at the
 * deadline), as reading one of them would (closeIfExpired). Progress reads call this first, so a
 * deferred-feedback attempt nobody reopened still counts once its time is up, on every page alike.
 */
export async function closeExpiredAttempts(db: Pick<Db, "$executeRaw">, userIds: readonly string[], now: Date): Promise<void> {
  if (userIds.length === 0) return;
  await db.$executeRaw`
    UPDATE "Attempt" SET "status" = 'EXPIRED', "finishedAt" = "deadline"
    WHERE "userId" = ANY(${userIds as string[]}::text[]) AND "status" = 'IN_PROGRESS' AND "deadline" < ${now}`;
}
