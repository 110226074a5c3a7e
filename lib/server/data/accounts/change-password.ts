import "server-only";
import { getDb } from "@/lib/server/db";
import { NotFoundError, RateLimitedError, ValidationError } from "@/lib/server/errors";
import { throttleKeys, type ThrottleKeys } from "@/lib/auth/sign-in-throttle";
import { hashPassword, verifyPassword } from "@/lib/server/auth/password";
import type { Actor } from "@/lib/server/data/actor";
import { recordSignInSuccess } from "./internal/record-sign-in-success";
import { reserveSignInTry } from "./internal/reserve-sign-in-try";
import { revokeApiTokens } from "./internal/revoke-api-tokens";
import { requirePasswordSignIn } from "./internal/require-password-sign-in";

/**
 * A check of the current password is a password guess like a sign-in (a copied session cookie
 * must not become an unthrottled oracle): it has its own backoff per account and counts
 * toward the account's sign-in ceiling.
 */
function passwordChangeKeys(userId: string, email: string): ThrottleKeys {
  return { ...throttleKeys(email, null), pair: `password-change:${userId}` };
}

/**
 * Changes the actor's own password after checking the current one (throttled like a sign-in).
 * Bumps the session version, which signs out every other session of this user, and ends the
 * account's API tokens and any open password link.
 */
export async function changePassword(actor: Actor, input: { currentPassword: string; newPassword: string }, now: Date): Promise<{ email: string }> {
  requirePasswordSignIn();
  const db = getDb();
  const user = await db.user.findUnique({ where: { id: actor.id }, select: { passwordHash: true, email: true } });
  if (!user) throw new NotFoundError("Your account no longer exists.");
  const keys = passwordChangeKeys(actor.id, user.email);
  const decision = await reserveSignInTry(keys, now);
  if (!decision.allowed) throw new RateLimitedError(decision.retryAfterSeconds, "wrong passwords");
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new ValidationError("The current password is wrong.", { currentPassword: "That's not your current password." });
  }
  await recordSignInSuccess(keys, now);
  const passwordHash = await hashPassword(input.newPassword);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.id }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    // Whoever knew the old password may hold a reset link or a token made with it.
    await tx.passwordSetup.deleteMany({ where: { userId: actor.id } });
    await revokeApiTokens(tx, actor.id, now);
    // A single sign-on link proven with the old password mustn't outlive it.
    await tx.ssoLinkRequest.deleteMany({ where: { userId: actor.id } });
  });
  return { email: user.email };
}
