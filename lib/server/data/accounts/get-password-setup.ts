import "server-only";
import { getDb } from "@/lib/server/db";
import { GoneError, NotFoundError } from "@/lib/server/errors";
import { hashLinkToken } from "@/lib/server/auth/link-token";

/**
 * What the setup page shows before a password is chosen: whose account the link is for. No actor:
 * the token in the link is the credential (only its hash is stored).
 */
export async function getPasswordSetup(token: string, now: Date): Promise<{ name: string; email: string; expiresAt: Date }> {
  const setup = await getDb().passwordSetup.findUnique({
    where: { tokenHash: hashLinkToken(token) },
    select: { expiresAt: true, user: { select: { name: true, email: true, deactivatedAt: true } } },
  });
  if (!setup || setup.user.deactivatedAt) throw new NotFoundError("This link isn't valid, or it was already used. Ask an administrator for a new one.");
  if (setup.expiresAt <= now) throw new GoneError("This link has expired. Ask an administrator for a new one.");
  return { name: setup.user.name, email: setup.user.email, expiresAt: setup.expiresAt };
}
