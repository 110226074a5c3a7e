import "server-only";
import { z } from "zod";
import { recordIdSchema } from "@/lib/schemas/ids";
import { getDb } from "@/lib/server/db";
import { ConflictError } from "@/lib/server/errors";
import type { Actor } from "@/lib/server/data/actor";
import { queryDeckFigures, NO_FIGURES } from "./internal/deck-figures";
import { findOwnDeck } from "./internal/find-own-deck";

export const deleteDeckSchema = z.object({
  deckId: recordIdSchema,
  /** What the owner was told they would lose; if the deck holds more now, nothing is deleted. */
  confirmedCards: z.number().int().min(0),
  confirmedReviews: z.number().int().min(0),
});

/** Deletes one of the actor's decks with its notes, cards and their review history. */
export async function deleteDeck(actor: Actor, input: z.output<typeof deleteDeckSchema>, now: Date): Promise<{ cards: number; reviews: number }> {
  return getDb().$transaction(async (tx) => {
    await findOwnDeck(tx, actor, input.deckId);
    const f = (await queryDeckFigures(tx, actor.id, [input.deckId], now)).get(input.deckId) ?? NO_FIGURES;
    if (f.cards > input.confirmedCards || f.reviews > input.confirmedReviews) {
      throw new ConflictError("The deck changed since you opened it (more cards or reviews). Check what would be lost and confirm again.");
    }
    await tx.deck.delete({ where: { id: input.deckId } });
    return { cards: f.cards, reviews: f.reviews };
  });
}
