import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { hashLinkToken, newLinkToken } from "@/lib/server/auth/link-token";

/** How long a password setup link works. */
export const PASSWORD_SETUP_DAYS = 7;

/** A new setup link for the account, replacing any earlier one; the token is returned once, only its hash kept. */
export async function issuePasswordSetup(tx: Prisma.TransactionClient, userId: string, now: Date): Promise<{ token: string; expiresAt: Date }> {
  const token = newLinkToken();
  const expiresAt = new Date(now.getTime() + PASSWORD_SETUP_DAYS * 86_400_000);
  await tx.passwordSetup.upsert({
    where: { userId },
    create: { userId, tokenHash: hashLinkToken(token), expiresAt, createdAt: now },
    update: { tokenHash: hashLinkToken(token), expiresAt, createdAt: now },
  });
  return { token, expiresAt };
}
