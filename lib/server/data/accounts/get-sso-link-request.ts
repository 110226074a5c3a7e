import "server-only";
import { hashLinkToken } from "@/lib/server/auth/link-token";
import { getDb } from "@/lib/server/db";

/**
 * The account a pending single sign-on link waits for, by the token in the browser's
 * cookie (the token is the credential, as an invite's is): its email, to ask for that
 * account's password. Null for an unknown or expired token.
 */
export async function getSsoLinkRequest(token: string, now: Date): Promise<{ email: string; expiresAt: Date } | null> {
  const request = await getDb().ssoLinkRequest.findUnique({ where: { tokenHash: hashLinkToken(token) }, select: { expiresAt: true, user: { select: { email: true } } } });
  if (!request || request.expiresAt <= now) return null;
  return { email: request.user.email, expiresAt: request.expiresAt };
}
