import "server-only";
import { z } from "zod";
import { getDb } from "@/lib/server/db";
import { GoneError, NotFoundError } from "@/lib/server/errors";
import { hashLinkToken } from "@/lib/server/auth/link-token";
import { hashPassword, UNSET_PASSWORD_HASH } from "@/lib/server/auth/password";
import { newPasswordSchema } from "@/lib/schemas/account";
import { text } from "@/lib/schemas/text";

export const setPasswordFromLinkSchema = z
  .object({ token: text().min(20).max(100), password: newPasswordSchema, confirmPassword: text() })
  .refine((v) => v.password === v.confirmPassword, { error: "The two passwords don't match.", path: ["confirmPassword"] });

const INVALID = "This link isn't valid, or it was already used. Ask an administrator for a new one.";

/**
 * Sets the password of the account a setup link is for, and uses the link up. Locks the account,
 * then the link (the order renewing a link uses too), deletes the link and sets the password only
 * while the account still has none: two parallel submits set it once, and a link renewed at the
 * same moment can't outlive the password. No actor: the token is the credential. Returns the
 * email, to sign in with.
 */
export async function setPasswordFromLink(input: z.output<typeof setPasswordFromLinkSchema>, now: Date): Promise<{ email: string }> {
  const db = getDb();
  const tokenHash = hashLinkToken(input.token);
  // A made-up token costs one indexed read, not an argon2 hash.
  const found = await db.passwordSetup.findUnique({ where: { tokenHash }, select: { userId: true, expiresAt: true } });
  if (!found) throw new NotFoundError(INVALID);
  if (found.expiresAt <= now) throw new GoneError("This link has expired. Ask an administrator for a new one.");
  // Hashed before the transaction: argon2 takes a while, and the locks shouldn't wait for it.
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${found.userId} FOR UPDATE`;
    const [setup] = await tx.$queryRaw<{ id: string; userId: string; expiresAt: Date }[]>`
      SELECT id, "userId", "expiresAt" FROM "PasswordSetup" WHERE "tokenHash" = ${tokenHash} FOR UPDATE`;
    if (!setup) throw new NotFoundError(INVALID);
    if (setup.expiresAt <= now) throw new GoneError("This link has expired. Ask an administrator for a new one.");
    await tx.passwordSetup.delete({ where: { id: setup.id } });
    const { count } = await tx.user.updateMany({
      where: { id: setup.userId, passwordHash: UNSET_PASSWORD_HASH, deactivatedAt: null },
      data: { passwordHash, sessionVersion: { increment: 1 } },
    });
    // A deactivated account, or one that has a password already: nothing changes (the delete rolls back).
    if (count === 0) throw new NotFoundError(INVALID);
    const user = await tx.user.findUniqueOrThrow({ where: { id: setup.userId }, select: { email: true } });
    return { email: user.email };
  });
}
