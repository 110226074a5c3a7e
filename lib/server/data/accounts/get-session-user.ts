import "server-only";
import { getDb } from "@/lib/server/db";
import type { UserRole } from "@/lib/generated/prisma/enums";

export type SessionUser = { id: string; email: string; name: string; role: UserRole; timeZone: string };

// lastSeenAt is a coarse signal; writing it at most every five minutes keeps reads cheap.
const LAST_SEEN_RESOLUTION_MS = 5 * 60 * 1000;

/**
 * Turns a session (user id, session version and session id from the JWT) into the current
 * user, re-read from the database on every request together with the session, so that
 * sign-out, role changes, deactivation and password changes take effect at once. Returns
 * null for a dead session: signed out, expired, of another user, or an older version.
 */
export async function getSessionUser(session: { userId: string; sessionVersion: number; sessionId: string | undefined }, now: Date): Promise<SessionUser | null> {
  // Cookies issued before sessions were recorded carry no id: they must sign in again.
  if (!session.sessionId) return null;
  const db = getDb();
  const row = await db.session.findUnique({
    where: { id: session.sessionId },
    select: {
      userId: true,
      expiresAt: true,
      revokedAt: true,
      user: { select: { id: true, email: true, name: true, role: true, timeZone: true, deactivatedAt: true, sessionVersion: true, lastSeenAt: true } },
    },
  });
  if (!row || row.userId !== session.userId || row.revokedAt || row.expiresAt <= now) return null;
  const { user } = row;
  if (user.deactivatedAt || user.sessionVersion !== session.sessionVersion) return null;
  if (!user.lastSeenAt || now.getTime() - user.lastSeenAt.getTime() > LAST_SEEN_RESOLUTION_MS) {
    await db.user.update({ where: { id: user.id }, data: { lastSeenAt: now } });
  }
  return { id: user.id, email: user.email, name: user.name, role: user.role, timeZone: user.timeZone };
}
