import "server-only";
import { getDb } from "@/lib/server/db";
import type { ApiScopeName } from "@/lib/auth/api-scopes";
import type { Actor } from "@/lib/server/data/actor";
import { SCOPE_NAME } from "./scope-columns";

export type ApiTokenRow = { id: string; name: string; prefix: string; scopes: ApiScopeName[]; createdAt: Date; expiresAt: Date | null; lastUsedAt: Date | null; expired: boolean };

/** The actor's own tokens that aren't revoked, newest first (expired ones too, marked, until revoked). */
export async function listApiTokens(actor: Actor, now: Date): Promise<ApiTokenRow[]> {
  const rows = await getDb().apiToken.findMany({
    where: { userId: actor.id, revokedAt: null },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    select: { id: true, name: true, prefix: true, scopes: true, createdAt: true, expiresAt: true, lastUsedAt: true },
  });
  return rows.map((r) => ({ ...r, scopes: r.scopes.map((s) => SCOPE_NAME[s]), expired: r.expiresAt !== null && r.expiresAt <= now }));
}
