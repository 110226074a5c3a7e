import "server-only";
import { z } from "zod";
import { hashLinkToken, newLinkToken } from "@/lib/server/auth/link-token";
import { getDb } from "@/lib/server/db";
import { GoneError, NotFoundError, ValidationError } from "@/lib/server/errors";
import { text } from "@/lib/schemas/text";
import { checkAccountPassword } from "./internal/check-account-password";

export const confirmSsoLinkSchema = z.object({
  password: text().min(1, { error: "Enter the password of your Quizformer account." }).max(1024),
});

const EXPIRED = "This sign-in waited too long to be linked. Continue with single sign-on again.";
const UNKNOWN = "Nothing is waiting to be linked (it was linked already, or started in another browser). Continue with single sign-on again.";

/**
 * The owner of the account a pending single sign-on matched (see signInWithSso) proves its
 * password, through the sign-in throttle, so this is no way to guess passwords faster. It
 * doesn't link yet: it returns a proof, a new secret for this browser only (an httpOnly
 * cookie), and the link is made when the same single sign-on comes back with that proof.
 * Whoever started the request can't finish it with someone else's password: a request token
 * planted in a victim's browser gets its proof in the victim's browser, where only the
 * victim's own single sign-on follows. Used once: parallel submissions prove it once.
 * Takes no actor: the request's token and the password are the credentials.
 */
export async function confirmSsoLink(input: z.output<typeof confirmSsoLinkSchema> & { token: string; ip: string | null; now: Date }): Promise<{ proof: string }> {
  const db = getDb();
  const tokenHash = hashLinkToken(input.token);
  const request = await db.ssoLinkRequest.findUnique({ where: { tokenHash }, select: { expiresAt: true, proofHash: true, user: { select: { email: true } } } });
  if (!request || request.proofHash) throw new NotFoundError(UNKNOWN);
  if (request.expiresAt <= input.now) throw new GoneError(EXPIRED);

  const account = await checkAccountPassword({ email: request.user.email, password: input.password, ip: input.ip, now: input.now });
  if (!account) throw new ValidationError("That isn't this account's password.", { password: "That isn't this account's password." });

  const proof = newLinkToken();
  const proven = await db.$executeRaw`
    UPDATE "SsoLinkRequest" SET "proofHash" = ${hashLinkToken(proof)}
    WHERE "tokenHash" = ${tokenHash} AND "proofHash" IS NULL AND "expiresAt" > ${input.now}`;
  if (proven !== 1) throw new GoneError(EXPIRED);
  return { proof };
}
