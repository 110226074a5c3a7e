import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { NotFoundError } from "@/lib/server/errors";
import type { Actor } from "@/lib/server/data/actor";

const include = { card: { select: { id: true, ordinal: true, siblingKey: true, note: { select: { kind: true, content: true, topicId: true, deckId: true } } } } } as const;

/**
 * The actor's card state with what is needed to show it. Someone else's card is "not found",
 * with the same message as a missing one: the answer must not tell whether an id exists.
 */
export async function findOwnCard(db: Pick<PrismaClient, "studentCard">, actor: Actor, studentCardId: string) {
  const row = await db.studentCard.findFirst({ where: { id: studentCardId, userId: actor.id }, include });
  if (!row) throw new NotFoundError("This card isn't in your decks any more. Reload to continue.");
  return row;
}
