import "server-only";
import { getDb } from "@/lib/server/db";
import { NotFoundError } from "@/lib/server/errors";
import type { Actor } from "@/lib/server/data/actor";

/** Revokes one of the actor's tokens: it stops working at once. Someone else's token reads as missing. */
export async function revokeApiToken(actor: Actor, tokenId: string, now: Date): Promise<void> {
  const { count } = await getDb().apiToken.updateMany({ where: { id: tokenId, userId: actor.id, revokedAt: null }, data: { revokedAt: now } });
  if (count === 0) throw new NotFoundError("This token doesn't exist or was revoked already.");
}
