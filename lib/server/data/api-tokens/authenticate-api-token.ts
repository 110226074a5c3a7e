import "server-only";
import { getDb } from "@/lib/server/db";
import { hashApiToken } from "@/lib/server/auth/api-token";
import type { ApiScopeName } from "@/lib/auth/api-scopes";
import type { ApiScope, UserRole } from "@/lib/generated/prisma/enums";
import type { SessionUser } from "@/lib/server/data/accounts/get-session-user";
import { SCOPE_NAME } from "./scope-columns";

// lastUsedAt is for the owner's list; writing it at most once a minute keeps a busy script's requests reads.
const LAST_USED_RESOLUTION_MS = 60_000;

type TokenRow = { tokenId: string; scopes: ApiScope[]; lastUsedAt: Date | null; id: string; email: string; name: string; role: UserRole; timeZone: string };

/**
 * The user a bearer token acts for, with its scopes, or null for an unknown, revoked or expired
 * token or a deactivated account. No actor: the token is the credential. One statement reads the
 * token with its user; the last-use time is written only when it is a minute old.
 */
export async function authenticateApiToken(token: string, now: Date): Promise<{ user: SessionUser; scopes: ApiScopeName[] } | null> {
  const db = getDb();
  const [row] = await db.$queryRaw<TokenRow[]>`
    SELECT t."id" AS "tokenId", t."scopes"::text[] AS "scopes", t."lastUsedAt", u."id", u."email", u."name", u."role", u."timeZone"
    FROM "ApiToken" t JOIN "User" u ON u."id" = t."userId"
    WHERE t."tokenHash" = ${hashApiToken(token)} AND t."revokedAt" IS NULL AND (t."expiresAt" IS NULL OR t."expiresAt" > ${now}::timestamp)
      AND u."deactivatedAt" IS NULL`;
  if (!row) return null;
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await db.apiToken.update({ where: { id: row.tokenId }, data: { lastUsedAt: now } });
  }
  return { user: { id: row.id, email: row.email, name: row.name, role: row.role, timeZone: row.timeZone }, scopes: row.scopes.map((s) => SCOPE_NAME[s]) };
}
