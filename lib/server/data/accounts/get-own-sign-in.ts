import "server-only";
import { UNSET_PASSWORD_HASH } from "@/lib/server/auth/password";
import { getDb } from "@/lib/server/db";
import type { Actor } from "@/lib/server/data/actor";

/** How the actor's own account signs in: with a password of its own, with single sign-on, or both. */
export async function getOwnSignIn(actor: Actor): Promise<{ hasPassword: boolean; sso: { linkedAt: Date; lastSignInAt: Date } | null }> {
  const user = await getDb().user.findUniqueOrThrow({
    where: { id: actor.id },
    select: { passwordHash: true, ssoIdentities: { select: { createdAt: true, lastSignInAt: true }, orderBy: { createdAt: "asc" }, take: 1 } },
  });
  const [identity] = user.ssoIdentities;
  return { hasPassword: user.passwordHash !== UNSET_PASSWORD_HASH, sso: identity ? { linkedAt: identity.createdAt, lastSignInAt: identity.lastSignInAt } : null };
}
