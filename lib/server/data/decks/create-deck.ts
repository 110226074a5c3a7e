import "server-only";
import type { z } from "zod";
import { deckFieldsSchema } from "@/lib/cards/own-note-schema";
import { getDb } from "@/lib/server/db";
import { ConflictError } from "@/lib/server/errors";
import type { Actor } from "@/lib/server/data/actor";
import { isUniqueViolation } from "@/lib/server/data/internal/is-unique-violation";

export const createDeckSchema = deckFieldsSchema;

/** A new deck of the actor's own; names are unique per person. */
export async function createDeck(actor: Actor, input: z.output<typeof createDeckSchema>): Promise<{ id: string }> {
  try {
    return await getDb().deck.create({ data: { ownerId: actor.id, name: input.name, description: input.description }, select: { id: true } });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError(`You already have a deck called “${input.name}”.`, { name: "You already have a deck with this name." });
    throw error;
  }
}
