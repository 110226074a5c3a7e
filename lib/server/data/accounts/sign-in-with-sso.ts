import "server-only";
import type { SsoClaims, SsoRoles } from "@/lib/auth/sso-claims";
import type { Prisma } from "@/lib/generated/prisma/client";
import { hashLinkToken, newLinkToken } from "@/lib/server/auth/link-token";
import { UNSET_PASSWORD_HASH } from "@/lib/server/auth/password";
import { getDb } from "@/lib/server/db";
import { isUniqueViolation } from "@/lib/server/data/internal/is-unique-violation";
import type { AuthenticatedUser } from "./authenticate-user";
import { applySsoGroups } from "./internal/apply-sso-groups";
import { startSession } from "./internal/start-session";

/** Why a single sign-on was turned away; the sign-in page words each one. */
export type SsoRefusal = "unverified-email" | "deactivated" | "not-set-up" | "identity-conflict";

export type SsoSignIn =
  | { kind: "signed-in"; user: AuthenticatedUser }
  /** The verified email belongs to an account with a password: its owner proves it before the two are linked. */
  | { kind: "link-required"; token: string }
  | { kind: "refused"; reason: SsoRefusal };

/** How long a pending link waits for the account's password. */
export const SSO_LINK_TTL_MS = 10 * 60_000;

/**
 * A person the identity provider vouched for (the ID token's signature, issuer, audience,
 * expiry and nonce already checked). Takes no actor: the verified token is the credential.
 *
 * - Known identity (issuer + subject): that account, unless deactivated.
 * - New identity: only with a verified email. An account with that email and a password is
 *   linked only once its owner proved the password in this browser (a link request,
 *   `link-required`, then confirmSsoLink's proof, passed back here as `linkProof`), so a
 *   provider that asserts someone's address can't take their account. An account an
 *   administrator created that has no password and no single sign-on yet is the person's own:
 *   it is linked. One that already signs in with another identity is refused (a recycled
 *   address, a recreated provider account): an administrator sorts that out. Any other email
 *   gets a new student account (the first administrator, while the instance isn't set up and
 *   password sign-in is off, if the admin groups, when configured, say so).
 *
 * Then the provider's groups are applied (role, teams) and a session starts, in the same
 * transaction. Parallel first sign-ins of one person race on unique keys; the loser starts
 * over and finds the winner's account.
 */
export async function signInWithSso(input: {
  claims: SsoClaims;
  roles: SsoRoles;
  /** The claim's team names, or null when teams aren't managed by the provider. */
  teams: readonly string[] | null;
  /** Password sign-in is off: the first single sign-on sets the instance up. */
  ssoOnly: boolean;
  /** The proof cookie of a link request whose account's password was given in this browser. */
  linkProof?: string | null;
  now: Date;
  sessionMaxAgeMs?: number;
}): Promise<SsoSignIn> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await getDb().$transaction((tx) => signIn(tx, input));
    } catch (error) {
      if (attempt < 3 && (isUniqueViolation(error) || isDeadlock(error))) continue;
      throw error;
    }
  }
}

async function signIn(tx: Prisma.TransactionClient, input: Parameters<typeof signInWithSso>[0]): Promise<SsoSignIn> {
  const { claims, now } = input;
  // A proof gets one chance: whatever identity comes back with it, its request is used up, so a
  // proof left in a browser can't wait there for another sign-on to finish someone else's link.
  const [proven] = input.linkProof
    ? await tx.$queryRaw<{ userId: string; issuer: string; subject: string; expiresAt: Date }[]>`
        DELETE FROM "SsoLinkRequest" WHERE "proofHash" = ${hashLinkToken(input.linkProof)} RETURNING "userId", "issuer", "subject", "expiresAt"`
    : [];
  const known = await tx.ssoIdentity.findUnique({ where: { issuer_subject: { issuer: claims.issuer, subject: claims.subject } }, select: { id: true, userId: true } });
  if (known) {
    await tx.ssoIdentity.update({ where: { id: known.id }, data: { lastSignInAt: now } });
    return finish(tx, input, known.userId);
  }
  if (!claims.emailVerified) return { kind: "refused", reason: "unverified-email" };
  const [existing] = await tx.$queryRaw<{ id: string; passwordHash: string; deactivatedAt: Date | null }[]>`
    SELECT "id", "passwordHash", "deactivatedAt" FROM "User" WHERE "email" = ${claims.email} FOR UPDATE`;
  if (existing?.deactivatedAt) return { kind: "refused", reason: "deactivated" };
  // A parallel sign-in of the same person may have linked the identity while this one waited for the row.
  const linkedMeanwhile = existing && (await tx.ssoIdentity.findUnique({ where: { issuer_subject: { issuer: claims.issuer, subject: claims.subject } }, select: { userId: true } }));
  if (linkedMeanwhile) return finish(tx, input, linkedMeanwhile.userId);
  if (existing && existing.passwordHash !== UNSET_PASSWORD_HASH) {
    // The same identity, back with the proof its account's owner gave in this browser: link them.
    if (proven && proven.userId === existing.id && proven.issuer === claims.issuer && proven.subject === claims.subject && proven.expiresAt > now) {
      await tx.ssoLinkRequest.deleteMany({ where: { userId: existing.id } });
      return finish(tx, input, await linkIdentity(tx, existing.id, claims, now));
    }
    const token = newLinkToken();
    await tx.ssoLinkRequest.deleteMany({ where: { expiresAt: { lte: now } } });
    await tx.ssoLinkRequest.create({
      data: { tokenHash: hashLinkToken(token), userId: existing.id, issuer: claims.issuer, subject: claims.subject, createdAt: now, expiresAt: new Date(now.getTime() + SSO_LINK_TTL_MS) },
    });
    return { kind: "link-required", token };
  }
  let userId: string;
  if (existing) {
    if (await tx.ssoIdentity.count({ where: { userId: existing.id } })) return { kind: "refused", reason: "identity-conflict" };
    userId = existing.id;
    // Their setup link has no use any more: they sign in through the provider.
    await tx.passwordSetup.deleteMany({ where: { userId } });
  } else {
    // With admin groups configured, only one of their members may be the first administrator.
    const firstAdmin = input.ssoOnly && input.roles.role !== "STUDENT" && (await claimSetup(tx));
    if (!firstAdmin && !(await isSetUp(tx))) return { kind: "refused", reason: "not-set-up" };
    userId = (await tx.user.create({ data: { email: claims.email, name: claims.name, passwordHash: UNSET_PASSWORD_HASH, role: firstAdmin ? "ADMIN" : "STUDENT", createdAt: now }, select: { id: true } })).id;
  }
  return finish(tx, input, await linkIdentity(tx, userId, claims, now));
}

async function linkIdentity(tx: Prisma.TransactionClient, userId: string, claims: SsoClaims, now: Date): Promise<string> {
  await tx.ssoIdentity.create({ data: { userId, issuer: claims.issuer, subject: claims.subject, createdAt: now, lastSignInAt: now } });
  return userId;
}

/** The account signs in: not deactivated, the provider's groups applied, a new session. */
async function finish(tx: Prisma.TransactionClient, input: Parameters<typeof signInWithSso>[0], userId: string): Promise<SsoSignIn> {
  const { now } = input;
  const [user] = await tx.$queryRaw<{ id: string; email: string; name: string; role: "ADMIN" | "STUDENT"; sessionVersion: number; deactivatedAt: Date | null }[]>`
    SELECT "id", "email", "name", "role", "sessionVersion", "deactivatedAt" FROM "User" WHERE "id" = ${userId} FOR UPDATE`;
  if (!user || user.deactivatedAt) return { kind: "refused", reason: "deactivated" };
  await applySsoGroups(tx, user, { roles: input.roles, teams: input.teams });
  const { role } = await tx.user.findUniqueOrThrow({ where: { id: user.id }, select: { role: true } });
  const sessionId = await startSession(tx, user.id, now, input.sessionMaxAgeMs);
  return { kind: "signed-in", user: { id: user.id, email: user.email, name: user.name, role, sessionVersion: user.sessionVersion, sessionId } };
}

async function isSetUp(tx: Prisma.TransactionClient): Promise<boolean> {
  const row = await tx.instanceSettings.findUnique({ where: { id: 1 }, select: { setupCompletedAt: true } });
  return Boolean(row?.setupCompletedAt);
}

// As createFirstAdmin claims it: only the one sign-in that sets the mark becomes the administrator.
async function claimSetup(tx: Prisma.TransactionClient): Promise<boolean> {
  const claimed = await tx.$queryRaw<{ id: number }[]>`
    INSERT INTO "InstanceSettings" ("id", "setupCompletedAt", "updatedAt") VALUES (1, now(), now())
    ON CONFLICT ("id") DO UPDATE SET "setupCompletedAt" = now(), "updatedAt" = now()
    WHERE "InstanceSettings"."setupCompletedAt" IS NULL
    RETURNING "id"`;
  return claimed.length > 0;
}

function isDeadlock(error: unknown): boolean {
  const text = error instanceof Error ? `${error.message} ${JSON.stringify((error as { meta?: unknown }).meta ?? {})}` : "";
  return /40P01|deadlock detected/i.test(text);
}
