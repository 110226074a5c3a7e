import "server-only";
import { z } from "zod";
import { text } from "@/lib/schemas/text";
import { UNSET_PASSWORD_HASH } from "@/lib/server/auth/password";
import { signInMethods } from "@/lib/server/auth/sign-in-methods";
import { getDb } from "@/lib/server/db";
import { ConflictError } from "@/lib/server/errors";
import type { Actor } from "@/lib/server/data/actor";
import { lockAdminRoster } from "@/lib/server/data/internal/authz/lock-admin-roster";
import { requireAdmin } from "@/lib/server/data/internal/authz/require-admin";

export const unlinkSsoIdentitiesSchema = z.object({ userId: text().min(1) });

/**
 * Admin-only: detaches an account from every single sign-on identity it has (an address that
 * passed to someone else, an identity recreated at the provider) and signs it out everywhere.
 * The next verified sign-on with the account's address then links as for a new account: one
 * with a password needs that password, one without is taken. The last administrator who can
 * sign in is never cut off this way.
 */
export async function unlinkSsoIdentities(actor: Actor, input: z.output<typeof unlinkSsoIdentitiesSchema>): Promise<{ email: string; unlinked: number }> {
  requireAdmin(actor);
  return getDb().$transaction(async (tx) => {
    const { target, otherActiveAdmins } = await lockAdminRoster(tx, actor.id, input.userId);
    const user = await tx.user.findUniqueOrThrow({ where: { id: input.userId }, select: { email: true, passwordHash: true } });
    const identities = await tx.ssoIdentity.count({ where: { userId: input.userId } });
    if (!identities) throw new ConflictError(`${user.email} isn't linked to single sign-on.`);
    const keepsPassword = signInMethods().password && user.passwordHash !== UNSET_PASSWORD_HASH;
    if (target.role === "ADMIN" && !target.deactivatedAt && !keepsPassword && otherActiveAdmins === 0) {
      throw new ConflictError("This is the only administrator who can sign in. Make someone else an admin first.");
    }
    await tx.ssoIdentity.deleteMany({ where: { userId: input.userId } });
    await tx.ssoLinkRequest.deleteMany({ where: { userId: input.userId } });
    await tx.user.update({ where: { id: input.userId }, data: { sessionVersion: { increment: 1 } } });
    return { email: user.email, unlinked: identities };
  });
}
