import "server-only";
import { z } from "zod";
import { getDb } from "@/lib/server/db";
import { GoneError, NotFoundError } from "@/lib/server/errors";
import { hashLinkToken } from "@/lib/server/auth/link-token";
import { hashPassword } from "@/lib/server/auth/password";
import { newPasswordSchema } from "@/lib/schemas/account";
import { text } from "@/lib/schemas/text";

export const setPasswordFromLinkSchema = z
  .object({ token: text().min(20).max(100), password: newPasswordSchema, confirmPassword: text() })
  .refine((v) => v.password === v.confirmPassword, { error: "The two passwords don't match.", path: ["confirmPassword"] });

/**
 * Sets the password of the account a setup link is for, and uses the link up: it is deleted in the
 * same transaction that checks it, so two parallel submits set the password once (the second
 * finds no link). No actor: the token is the credential. Returns the email, to sign in with.
 */
export async function setPasswordFromLink(input: z.output<typeof setPasswordFromLinkSchema>, now: Date): Promise<{ email: string }> {
  // Hashed before the transaction: argon2 takes a while, and the row lock shouldn't wait for it.
  const passwordHash = await hashPassword(input.password);
  return getDb().$transaction(async (tx) => {
    const [setup] = await tx.$queryRaw<{ id: string; userId: string; expiresAt: Date }[]>`
      SELECT id, "userId", "expiresAt" FROM "PasswordSetup" WHERE "tokenHash" = ${hashLinkToken(input.token)} FOR UPDATE`;
    if (!setup) throw new NotFoundError("This link isn't valid, or it was already used. Ask an administrator for a new one.");
    if (setup.expiresAt <= now) throw new GoneError("This link has expired. Ask an administrator for a new one.");
    await tx.passwordSetup.delete({ where: { id: setup.id } });
    const user = await tx.user.update({
      where: { id: setup.userId },
      data: { passwordHash, sessionVersion: { increment: 1 } },
      select: { email: true, deactivatedAt: true },
    });
    if (user.deactivatedAt) throw new NotFoundError("This link isn't valid, or it was already used. Ask an administrator for a new one.");
    return { email: user.email };
  });
}
