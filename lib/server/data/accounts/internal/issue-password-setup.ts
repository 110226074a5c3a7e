import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PasswordLinkPurpose } from "@/lib/generated/prisma/enums";
import { hashLinkToken, newLinkToken } from "@/lib/server/auth/link-token";

/** How long a password link works: a week to choose a first password, an hour to reset a forgotten one. */
export const PASSWORD_LINK_LIFETIME_MS: Record<PasswordLinkPurpose, number> = { SETUP: 7 * 86_400_000, RESET: 60 * 60_000 };

/** A new password link for the account, replacing any earlier one; the token is returned once, only its hash kept. */
export async function issuePasswordSetup(
  tx: Prisma.TransactionClient,
  userId: string,
  now: Date,
  purpose: PasswordLinkPurpose = "SETUP",
): Promise<{ token: string; expiresAt: Date }> {
  const token = newLinkToken();
  const expiresAt = new Date(now.getTime() + PASSWORD_LINK_LIFETIME_MS[purpose]);
  const link = { tokenHash: hashLinkToken(token), purpose, expiresAt, createdAt: now };
  await tx.passwordSetup.upsert({ where: { userId }, create: { userId, ...link }, update: link });
  return { token, expiresAt };
}
