import "server-only";
import { getDb } from "@/lib/server/db";
import type { UserRole } from "@/lib/generated/prisma/enums";

export type SessionUser = { id: string; email: string; name: string; role: UserRole; timeZone: string };
type SessionRow = SessionUser & { deactivatedAt: Date | null; sessionVersion: number; lastSeenAt: Date | null };

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
  // One statement for the session and its user: this runs before every request's own work.
  const [user] = await db.$queryRaw<SessionRow[]>`
    SELECT u."id", u."email", u."name", u."role", u."timeZone", u."deactivatedAt", u."sessionVersion", u."lastSeenAt"
    FROM "Session" s JOIN "User" u ON u."id" = s."userId"
    WHERE s."id" = ${session.sessionId} AND s."userId" = ${session.userId} AND s."revokedAt" IS NULL AND s."expiresAt" > ${now}::timestamp`;
  if (!user) return null;
  if (user.deactivatedAt || user.sessionVersion !== session.sessionVersion) return null;
  if (!user.lastSeenAt || now.getTime() - user.lastSeenAt.getTime() > LAST_SEEN_RESOLUTION_MS) {
    await db.user.update({ where: { id: user.id }, data: { lastSeenAt: now } });
  }
  return { id: user.id, email: user.email, name: user.name, role: user.role, timeZone: user.timeZone };
}
