import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

// next-auth's session lifetime (SESSION_MAX_AGE_S in auth-options): 30 days.
export const DEFAULT_SESSION_MS = 30 * 24 * 60 * 60 * 1000;

/** A new session row for a user who just proved who they are; its id goes into the session cookie. */
export async function startSession(tx: Prisma.TransactionClient, userId: string, now: Date, maxAgeMs = DEFAULT_SESSION_MS): Promise<string> {
  const session = await tx.session.create({ data: { userId, createdAt: now, expiresAt: new Date(now.getTime() + maxAgeMs) }, select: { id: true } });
  await tx.user.update({ where: { id: userId }, data: { lastSeenAt: now } });
  // Sessions past their lifetime are useless; trimming the user's own keeps the table small.
  await tx.session.deleteMany({ where: { userId, expiresAt: { lte: now } } });
  return session.id;
}
