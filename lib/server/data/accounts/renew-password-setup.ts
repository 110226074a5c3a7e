import "server-only";
import { getDb } from "@/lib/server/db";
import { ConflictError, NotFoundError } from "@/lib/server/errors";
import { UNSET_PASSWORD_HASH } from "@/lib/server/auth/password";
import type { Actor } from "@/lib/server/data/actor";
import { requireAdmin } from "@/lib/server/data/internal/authz/require-admin";
import { issuePasswordSetup } from "./internal/issue-password-setup";
import { requirePasswordSignIn } from "./internal/require-password-sign-in";

/**
 * Admin-only: a new setup link for an account whose owner hasn't chosen a password yet (the old
 * link stops working). The account row is locked first, as setting a password locks it, so a
 * link can't be renewed for an account whose owner is setting their password at that moment.
 */
export async function renewPasswordSetup(actor: Actor, userId: string, now: Date): Promise<{ email: string; setupToken: string; expiresAt: Date }> {
  requireAdmin(actor);
  requirePasswordSignIn();
  return getDb().$transaction(async (tx) => {
    const [user] = await tx.$queryRaw<{ email: string; passwordHash: string; deactivatedAt: Date | null }[]>`
      SELECT email, "passwordHash", "deactivatedAt" FROM "User" WHERE id = ${userId} FOR UPDATE`;
    if (!user) throw new NotFoundError("There's no such account.");
    if (user.passwordHash !== UNSET_PASSWORD_HASH) throw new ConflictError(`${user.email} has chosen a password already; they can sign in.`);
    if (user.deactivatedAt) throw new ConflictError(`${user.email} is deactivated. Reactivate the account first, then create a new link.`);
    const { token, expiresAt } = await issuePasswordSetup(tx, userId, now);
    return { email: user.email, setupToken: token, expiresAt };
  });
}
