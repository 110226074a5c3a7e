import "server-only";
import { getDb } from "@/lib/server/db";

/**
 * Signing out: the session (one sign-in on one device) stops working at once, even for a
 * copy of its cookie. Only the user's own session is touched; other devices stay signed in.
 * Returns whether a live session was revoked.
 */
export async function revokeSession(session: { userId: string; sessionId: string }, now: Date): Promise<boolean> {
  const { count } = await getDb().session.updateMany({
    where: { id: session.sessionId, userId: session.userId, revokedAt: null },
    data: { revokedAt: now },
  });
  return count > 0;
}
