import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { NotFoundError } from "@/lib/server/errors";
import type { Actor } from "@/lib/server/data/actor";

/**
 * One of the actor's own decks, locked for the rest of the transaction. Someone else's deck is
 * "not found", as a deck that doesn't exist: own decks are private, admins included.
 */
export async function findOwnDeck(tx: Prisma.TransactionClient, actor: Actor, deckId: string): Promise<{ id: string; name: string }> {
  const [deck] = await tx.$queryRaw<{ id: string; name: string }[]>`
    SELECT "id", "name" FROM "Deck" WHERE "id" = ${deckId} AND "ownerId" = ${actor.id} FOR UPDATE`;
  if (!deck) throw new NotFoundError("This deck doesn't exist, or it isn't yours.");
  return deck;
}

/** One of the actor's own notes (in one of their decks), with its deck, locked; anything else is "not found". */
export async function findOwnNote(tx: Prisma.TransactionClient, actor: Actor, noteId: string): Promise<{ id: string; deckId: string; key: string }> {
  const [note] = await tx.$queryRaw<{ id: string; deckId: string; key: string }[]>`
    SELECT n."id", n."deckId", n."key" FROM "CardNote" n JOIN "Deck" d ON d."id" = n."deckId"
    WHERE n."id" = ${noteId} AND d."ownerId" = ${actor.id} FOR UPDATE OF n`;
  if (!note) throw new NotFoundError("This card doesn't exist, or it isn't yours.");
  return note;
}
