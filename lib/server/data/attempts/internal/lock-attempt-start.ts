import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Serializes attempt starts of one student at one quiz (or one topic's quiz) until the
 * transaction ends. Counting attempts and creating one must not interleave: without the lock,
 * parallel starts each saw "no attempt yet" and each created one, past the attempts limit.
 * An advisory lock rather than a row lock because the row that would be locked — the new
 * attempt — doesn't exist yet.
 */
export async function lockAttemptStart(tx: Prisma.TransactionClient, userId: string, scope: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`attempt-start:${scope}:${userId}`}, 0))`;
}

/**
 * Transaction options for starting an attempt. When a class starts an exam at once, starts queue
 * for the pool's connections: a start waits its turn (up to 10 s) rather than failing after
 * Prisma's default 2 s.
 */
export const ATTEMPT_START_TRANSACTION = { maxWait: 10_000, timeout: 15_000 } as const;
