import "server-only";
import { getDb } from "@/lib/server/db";
import { RateLimitedError } from "@/lib/server/errors";
import { burnPasswordCheck, UNSET_PASSWORD_HASH, verifyPassword } from "@/lib/server/auth/password";
import { throttleKeys } from "@/lib/auth/sign-in-throttle";
import { recordSignInSuccess } from "./internal/record-sign-in-success";
import { reserveSignInTry } from "./internal/reserve-sign-in-try";

export type AuthenticatedUser = {
  id: string;
  email: string;
  name: string;
  role: "ADMIN" | "STUDENT";
  sessionVersion: number;
  /** The new session's id, for the session cookie: signing out revokes this session only. */
  sessionId: string;
};

/**
 * Checks an email and password. Returns the user with a new session, or null for a wrong
 * email or password (never saying which). Throws RateLimitedError, before any password is
 * checked, while this client's tries on this account (or the client's or the account's
 * ceiling) wait for their backoff; see lib/auth/sign-in-throttle.ts. `ip` is the client's
 * address, or null when it cannot be trusted (then all such clients count as one).
 */
export async function authenticateUser(input: {
  email: string;
  password: string;
  ip: string | null;
  now: Date;
  /** How long the session lives (the cookie's lifetime). */
  sessionMaxAgeMs?: number;
}): Promise<AuthenticatedUser | null> {
  const db = getDb();
  const keys = throttleKeys(input.email, input.ip);
  const decision = await reserveSignInTry(keys, input.now);
  if (!decision.allowed) throw new RateLimitedError(decision.retryAfterSeconds);

  const user = await db.user.findUnique({
    where: { email: input.email.trim().toLowerCase() },
    select: { id: true, email: true, name: true, role: true, passwordHash: true, deactivatedAt: true, sessionVersion: true },
  });
  // An account without a password yet takes as long to refuse as an unknown email.
  const ok = user && user.passwordHash !== UNSET_PASSWORD_HASH ? await verifyPassword(user.passwordHash, input.password) : (await burnPasswordCheck(input.password), false);
  // A wrong try stays counted, as reserveSignInTry left it.
  if (!ok || !user || user.deactivatedAt) return null;

  await recordSignInSuccess(keys, input.now);
  const expiresAt = new Date(input.now.getTime() + (input.sessionMaxAgeMs ?? DEFAULT_SESSION_MS));
  const [session] = await db.$transaction([
    db.session.create({ data: { userId: user.id, createdAt: input.now, expiresAt }, select: { id: true } }),
    db.user.update({ where: { id: user.id }, data: { lastSeenAt: input.now } }),
    // Sessions past their lifetime are useless; trimming the user's own keeps the table small.
    db.session.deleteMany({ where: { userId: user.id, expiresAt: { lte: input.now } } }),
  ]);
  return { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion, sessionId: session.id };
}

// next-auth's session lifetime (SESSION_MAX_AGE_S in auth-options): 30 days.
const DEFAULT_SESSION_MS = 30 * 24 * 60 * 60 * 1000;
