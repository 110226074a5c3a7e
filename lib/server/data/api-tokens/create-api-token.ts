import "server-only";
import { z } from "zod";
import { getDb } from "@/lib/server/db";
import { ConflictError, ValidationError } from "@/lib/server/errors";
import { API_SCOPES, API_TOKEN_LIFETIMES, MAX_API_TOKENS, type ApiScopeName } from "@/lib/auth/api-scopes";
import { newApiToken } from "@/lib/server/auth/api-token";
import { text } from "@/lib/schemas/text";
import type { Actor } from "@/lib/server/data/actor";
import { SCOPE_COLUMN } from "./scope-columns";

export const createApiTokenSchema = z.object({
  name: text({ error: "Name the token, e.g. after the script that uses it." }).trim().min(1, { error: "Name the token, e.g. after the script that uses it." }).max(80, { error: "Keep the name under 80 characters." }),
  scopes: z.array(z.enum(API_SCOPES)).min(1, { error: "Choose at least one thing the token may do." }),
  /** Days until it expires; null: until revoked. */
  expiresInDays: z.union(API_TOKEN_LIFETIMES.map((d) => z.literal(d))),
});

export type CreatedApiToken = { id: string; name: string; token: string; prefix: string; scopes: ApiScopeName[]; expiresAt: Date | null };

/**
 * A personal access token for the actor. The token is returned this once; only its hash is kept.
 * The "admin" scope is for administrators. At most MAX_API_TOKENS live tokens per account: the
 * count is taken under a lock on the account's row, so tokens created in parallel can't pass it.
 */
export async function createApiToken(actor: Actor, input: z.output<typeof createApiTokenSchema>, now: Date): Promise<CreatedApiToken> {
  if (input.scopes.includes("admin") && actor.role !== "ADMIN") {
    throw new ValidationError("Only administrators can give a token the administration scope.", { scopes: "Only administrators can give a token the administration scope." });
  }
  const scopes = [...new Set(input.scopes)];
  const expiresAt = input.expiresInDays === null ? null : new Date(now.getTime() + input.expiresInDays * 86_400_000);
  const { token, tokenHash, prefix } = newApiToken();
  return getDb().$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${actor.id} FOR UPDATE`;
    const live = await tx.apiToken.count({ where: { userId: actor.id, revokedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] } });
    if (live >= MAX_API_TOKENS) throw new ConflictError(`You have ${MAX_API_TOKENS} tokens already. Revoke one you no longer use first.`);
    const row = await tx.apiToken.create({
      data: { userId: actor.id, name: input.name, tokenHash, prefix, scopes: scopes.map((s) => SCOPE_COLUMN[s]), expiresAt, createdAt: now },
      select: { id: true },
    });
    return { id: row.id, name: input.name, token, prefix, scopes, expiresAt };
  });
}
