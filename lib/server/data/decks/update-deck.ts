import "server-only";
import { z } from "zod";
import { deckFieldsSchema } from "@/lib/cards/own-note-schema";
import { recordIdSchema } from "@/lib/schemas/ids";
import { getDb } from "@/lib/server/db";
import { ConflictError } from "@/lib/server/errors";
import type { Actor } from "@/lib/server/data/actor";
import { isUniqueViolation } from "@/lib/server/data/internal/is-unique-violation";
import { findOwnDeck } from "./internal/find-own-deck";

export const updateDeckSchema = deckFieldsSchema.extend({ deckId: recordIdSchema });

/** Renames one of the actor's decks or changes its description. */
export async function updateDeck(actor: Actor, input: z.output<typeof updateDeckSchema>): Promise<void> {
  try {
    await getDb().$transaction(async (tx) => {
      await findOwnDeck(tx, actor, input.deckId);
      await tx.deck.update({ where: { id: input.deckId }, data: { name: input.name, description: input.description } });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError(`You already have a deck called “${input.name}”.`, { name: "You already have a deck with this name." });
    throw error;
  }
}
