import "server-only";
import { getDb } from "@/lib/server/db";
import { RateLimitedError } from "@/lib/server/errors";
import { burnPasswordCheck, verifyPassword } from "@/lib/server/auth/password";
import { retryAfterSeconds, THROTTLE, throttleKeys } from "@/lib/auth/sign-in-throttle";

export type AuthenticatedUser = { id: string; email: string; name: string; role: "ADMIN" | "STUDENT"; sessionVersion: number };

/**
 * Checks an email and password. Returns the user, or null for a wrong email or
 * password (never saying which). Throws RateLimitedError while the email or the
 * client IP has too many recent failures; attempts made while blocked are not
 * checked and not counted, so waiting always works.
 */
export async function authenticateUser(input: {
  email: string;
  password: string;
  ip: string | null;
  now: Date;
}): Promise<AuthenticatedUser | null> {
  const db = getDb();
  const { emailKey, ipKey } = throttleKeys(input.email, input.ip);
  const keys = ipKey ? [emailKey, ipKey] : [emailKey];
  const since = new Date(input.now.getTime() - THROTTLE.windowMs);

  const recent = await db.loginAttempt.findMany({
    where: { key: { in: keys }, createdAt: { gt: since } },
    select: { key: true, createdAt: true },
  });
  const times = (key: string) => recent.filter((r) => r.key === key).map((r) => r.createdAt);
  const wait = Math.max(
    retryAfterSeconds(times(emailKey), THROTTLE.maxFailuresPerEmail, THROTTLE.windowMs, input.now) ?? 0,
    ipKey ? (retryAfterSeconds(times(ipKey), THROTTLE.maxFailuresPerIp, THROTTLE.windowMs, input.now) ?? 0) : 0,
  );
  if (wait > 0) throw new RateLimitedError(wait);

  const user = await db.user.findUnique({
    where: { email: input.email.trim().toLowerCase() },
    select: { id: true, email: true, name: true, role: true, passwordHash: true, deactivatedAt: true, sessionVersion: true },
  });
  const ok = user ? await verifyPassword(user.passwordHash, input.password) : (await burnPasswordCheck(input.password), false);

  if (!ok || !user || user.deactivatedAt) {
    await db.$transaction([
      db.loginAttempt.createMany({ data: keys.map((key) => ({ key, createdAt: input.now })) }),
      // Old rows are useless; trimming here keeps the table small without a cron job.
      db.loginAttempt.deleteMany({ where: { key: { in: keys }, createdAt: { lte: since } } }),
    ]);
    return null;
  }

  await db.$transaction([
    db.loginAttempt.deleteMany({ where: { key: emailKey } }),
    db.user.update({ where: { id: user.id }, data: { lastSeenAt: input.now } }),
  ]);
  return { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion };
}
