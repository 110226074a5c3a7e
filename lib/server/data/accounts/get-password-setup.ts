import "server-only";
import type { PasswordLinkPurpose } from "@/lib/generated/prisma/enums";
import { getDb } from "@/lib/server/db";
import { GoneError, NotFoundError } from "@/lib/server/errors";
import { hashLinkToken } from "@/lib/server/auth/link-token";

export const INVALID_PASSWORD_LINK = "This link isn't valid, or it was already used. Ask for a new one.";
export const EXPIRED_PASSWORD_LINK = "This link has expired. Ask for a new one.";

/**
 * What a password link's page shows before a password is chosen: whose account the link is for,
 * and what for. No actor: the token in the link is the credential (only its hash is stored).
 */
export async function getPasswordSetup(token: string, now: Date): Promise<{ name: string; email: string; expiresAt: Date; purpose: PasswordLinkPurpose }> {
  const setup = await getDb().passwordSetup.findUnique({
    where: { tokenHash: hashLinkToken(token) },
    select: { expiresAt: true, purpose: true, user: { select: { name: true, email: true, deactivatedAt: true } } },
  });
  if (!setup || setup.user.deactivatedAt) throw new NotFoundError(INVALID_PASSWORD_LINK);
  if (setup.expiresAt <= now) throw new GoneError(EXPIRED_PASSWORD_LINK);
  return { name: setup.user.name, email: setup.user.email, expiresAt: setup.expiresAt, purpose: setup.purpose };
}
