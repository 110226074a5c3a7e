import "server-only";
import { z } from "zod";
import { getDb } from "@/lib/server/db";
import { GoneError, NotFoundError } from "@/lib/server/errors";
import { hashLinkToken } from "@/lib/server/auth/link-token";
import { hashPassword, UNSET_PASSWORD_HASH } from "@/lib/server/auth/password";
import { newPasswordSchema } from "@/lib/schemas/account";
import { text } from "@/lib/schemas/text";
import { EXPIRED_PASSWORD_LINK, INVALID_PASSWORD_LINK } from "./get-password-setup";
import { revokeApiTokens } from "./internal/revoke-api-tokens";
import { requirePasswordSignIn } from "./internal/require-password-sign-in";

export const setPasswordFromLinkSchema = z
  .object({ token: text().min(20).max(100), password: newPasswordSchema, confirmPassword: text() })
  .refine((v) => v.password === v.confirmPassword, { error: "The two passwords don't match.", path: ["confirmPassword"] });

/**
 * Sets the password of the account a link is for, and uses the link up. A setup link works only
 * while the account has no password; a reset link replaces the password. Either way every session
 * of the account ends (its session version moves on and its sessions are revoked) and so do its
 * API tokens, so a reset locks out whoever knew the old password.
 *
 * Locks the account, then the link (the order issuing a link uses too), deletes the link and
 * sets the password in one transaction: two parallel submits set it once, and a link renewed at
 * the same moment can't outlive the password. No actor: the token is the credential. Returns the
 * email, to sign in with.
 */
export async function setPasswordFromLink(input: z.output<typeof setPasswordFromLinkSchema>, now: Date): Promise<{ email: string }> {
  requirePasswordSignIn();
  const db = getDb();
  const tokenHash = hashLinkToken(input.token);
  // A made-up token costs one indexed read, not an argon2 hash.
  const found = await db.passwordSetup.findUnique({ where: { tokenHash }, select: { userId: true, expiresAt: true } });
  if (!found) throw new NotFoundError(INVALID_PASSWORD_LINK);
  if (found.expiresAt <= now) throw new GoneError(EXPIRED_PASSWORD_LINK);
  // Hashed before the transaction: argon2 takes a while, and the locks shouldn't wait for it.
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${found.userId} FOR UPDATE`;
    const [link] = await tx.$queryRaw<{ id: string; userId: string; expiresAt: Date; purpose: "SETUP" | "RESET" }[]>`
      SELECT id, "userId", "expiresAt", "purpose" FROM "PasswordSetup" WHERE "tokenHash" = ${tokenHash} FOR UPDATE`;
    if (!link) throw new NotFoundError(INVALID_PASSWORD_LINK);
    if (link.expiresAt <= now) throw new GoneError(EXPIRED_PASSWORD_LINK);
    await tx.passwordSetup.delete({ where: { id: link.id } });
    const { count } = await tx.user.updateMany({
      where: { id: link.userId, deactivatedAt: null, ...(link.purpose === "SETUP" ? { passwordHash: UNSET_PASSWORD_HASH } : {}) },
      data: { passwordHash, sessionVersion: { increment: 1 } },
    });
    // A deactivated account, or a setup link of one that has a password already: nothing changes (the delete rolls back).
    if (count === 0) throw new NotFoundError(INVALID_PASSWORD_LINK);
    await tx.session.updateMany({ where: { userId: link.userId, revokedAt: null }, data: { revokedAt: now } });
    await revokeApiTokens(tx, link.userId, now);
    // A single sign-on link proven with the old password mustn't outlive it.
    await tx.ssoLinkRequest.deleteMany({ where: { userId: link.userId } });
    const user = await tx.user.findUniqueOrThrow({ where: { id: link.userId }, select: { email: true } });
    return { email: user.email };
  });
}
