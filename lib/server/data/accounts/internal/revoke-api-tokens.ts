import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Revokes every live API token of the account. Whatever ends the account's sessions because its
 * password may be known to someone else (a reset, a password change, deactivation) ends its
 * tokens too: a token made with a stolen session would otherwise outlive the owner's recovery.
 */
export async function revokeApiTokens(tx: Prisma.TransactionClient, userId: string, now: Date): Promise<void> {
  await tx.apiToken.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } });
}
