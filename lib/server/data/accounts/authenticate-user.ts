import "server-only";
import { getDb } from "@/lib/server/db";
import { checkAccountPassword } from "./internal/check-account-password";
import { startSession } from "./internal/start-session";

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
  const user = await checkAccountPassword(input);
  if (!user) return null;
  const sessionId = await getDb().$transaction((tx) => startSession(tx, user.id, input.now, input.sessionMaxAgeMs));
  return { ...user, sessionId };
}
