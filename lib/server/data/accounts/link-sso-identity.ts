import "server-only";
import { z } from "zod";
import { hashLinkToken } from "@/lib/server/auth/link-token";
import { getDb } from "@/lib/server/db";
import { ConflictError, GoneError, NotFoundError, ValidationError } from "@/lib/server/errors";
import { text } from "@/lib/schemas/text";
import { isUniqueViolation } from "@/lib/server/data/internal/is-unique-violation";
import { checkAccountPassword } from "./internal/check-account-password";

export const linkSsoIdentitySchema = z.object({
  password: text().min(1, { error: "Enter the password of your Quizformer account." }).max(1024),
});

const EXPIRED = "This sign-in waited too long to be linked. Continue with single sign-on again.";
const UNKNOWN = "Nothing is waiting to be linked (it was linked already, or started in another browser). Continue with single sign-on again.";

/**
 * Links a pending single sign-on (see signInWithSso) to the account it matched, once its
 * owner proved the account's password: through the sign-in throttle, so this is no way to
 * guess passwords faster. The request is used once (deleted as it is consumed), so parallel
 * submissions link one identity. Takes no actor: the cookie's token and the password are
 * the credentials. Afterwards the person signs in through the provider, which now finds
 * the account.
 */
export async function linkSsoIdentity(input: z.output<typeof linkSsoIdentitySchema> & { token: string; ip: string | null; now: Date }): Promise<{ email: string }> {
  const db = getDb();
  const tokenHash = hashLinkToken(input.token);
  const request = await db.ssoLinkRequest.findUnique({ where: { tokenHash }, select: { expiresAt: true, user: { select: { email: true } } } });
  if (!request) throw new NotFoundError(UNKNOWN);
  if (request.expiresAt <= input.now) throw new GoneError(EXPIRED);

  const account = await checkAccountPassword({ email: request.user.email, password: input.password, ip: input.ip, now: input.now });
  if (!account) throw new ValidationError("That isn't this account's password.", { password: "That isn't this account's password." });

  try {
    await db.$transaction(async (tx) => {
      const [used] = await tx.$queryRaw<{ userId: string; issuer: string; subject: string }[]>`
        DELETE FROM "SsoLinkRequest" WHERE "tokenHash" = ${tokenHash} AND "expiresAt" > ${input.now} RETURNING "userId", "issuer", "subject"`;
      if (!used) throw new GoneError(EXPIRED);
      await tx.ssoIdentity.create({ data: { userId: used.userId, issuer: used.issuer, subject: used.subject, createdAt: input.now, lastSignInAt: input.now } });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError("This single sign-on is already linked to a Quizformer account. Continue with single sign-on to use it.");
    throw error;
  }
  return { email: account.email };
}
