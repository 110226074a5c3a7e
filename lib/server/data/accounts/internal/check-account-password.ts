import "server-only";
import { getDb } from "@/lib/server/db";
import { RateLimitedError } from "@/lib/server/errors";
import { burnPasswordCheck, UNSET_PASSWORD_HASH, verifyPassword } from "@/lib/server/auth/password";
import { throttleKeys } from "@/lib/auth/sign-in-throttle";
import { recordSignInSuccess } from "./record-sign-in-success";
import { reserveSignInTry } from "./reserve-sign-in-try";

export type CheckedAccount = { id: string; email: string; name: string; role: "ADMIN" | "STUDENT"; sessionVersion: number };

/**
 * An email and password checked through the sign-in throttle (lib/auth/sign-in-throttle.ts):
 * the active account, or null for a wrong email or password (never saying which). Throws
 * RateLimitedError, before any password is checked, while this client's tries wait for their
 * backoff. Sign-in and the linking of a single sign-on to an account both prove a password
 * here, so neither offers a way around the other's limits.
 */
export async function checkAccountPassword(input: { email: string; password: string; ip: string | null; now: Date }): Promise<CheckedAccount | null> {
  const keys = throttleKeys(input.email, input.ip);
  const decision = await reserveSignInTry(keys, input.now);
  if (!decision.allowed) throw new RateLimitedError(decision.retryAfterSeconds);

  const user = await getDb().user.findUnique({
    where: { email: input.email.trim().toLowerCase() },
    select: { id: true, email: true, name: true, role: true, passwordHash: true, deactivatedAt: true, sessionVersion: true },
  });
  // An account without a password yet takes as long to refuse as an unknown email.
  const ok = user && user.passwordHash !== UNSET_PASSWORD_HASH ? await verifyPassword(user.passwordHash, input.password) : (await burnPasswordCheck(input.password), false);
  // A wrong try stays counted, as reserveSignInTry left it.
  if (!ok || !user || user.deactivatedAt) return null;
  await recordSignInSuccess(keys, input.now);
  return { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion };
}
