import "server-only";
import { getDb } from "@/lib/server/db";
import { ConflictError, NotFoundError } from "@/lib/server/errors";
import { UNSET_PASSWORD_HASH } from "@/lib/server/auth/password";
import type { Actor } from "@/lib/server/data/actor";
import { requireAdmin } from "@/lib/server/data/internal/authz/require-admin";
import { issuePasswordSetup } from "./internal/issue-password-setup";
import { requirePasswordSignIn } from "./internal/require-password-sign-in";

/**
 * Admin-only: a one-time link that resets the password of an account that has one (it works for an
 * hour; using it signs the account out everywhere). Any earlier link of the account stops working.
 * The account row is locked first, as using a link locks it.
 */
export async function issuePasswordReset(actor: Actor, userId: string, now: Date): Promise<{ email: string; token: string; expiresAt: Date }> {
  requireAdmin(actor);
  requirePasswordSignIn();
  return getDb().$transaction(async (tx) => {
    const [user] = await tx.$queryRaw<{ email: string; passwordHash: string; deactivatedAt: Date | null }[]>`
      SELECT email, "passwordHash", "deactivatedAt" FROM "User" WHERE id = ${userId} FOR UPDATE`;
    if (!user) throw new NotFoundError("There's no such account.");
    if (user.passwordHash === UNSET_PASSWORD_HASH) throw new ConflictError(`${user.email} hasn't chosen a password yet: give them a new password link instead.`);
    if (user.deactivatedAt) throw new ConflictError(`${user.email} is deactivated. Reactivate the account first, then create a reset link.`);
    const { token, expiresAt } = await issuePasswordSetup(tx, userId, now, "RESET");
    return { email: user.email, token, expiresAt };
  });
}
