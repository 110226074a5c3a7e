import "server-only";
import { z } from "zod";
import { ownNoteOrdinals, ownNoteSchema } from "@/lib/cards/own-note-schema";
import { recordIdSchema } from "@/lib/schemas/ids";
import { getDb } from "@/lib/server/db";
import type { Actor } from "@/lib/server/data/actor";
import { findOwnDeck } from "./internal/find-own-deck";
import { OWN_SOURCE, ownNoteColumns, ownNoteKey } from "./internal/own-note-columns";

export const createOwnNoteSchema = z.object({ deckId: recordIdSchema, note: ownNoteSchema });

/**
 * Writes a note in one of the actor's decks with its cards (cloze: one per deletion, siblings of
 * each other) and gives them to the owner as new cards, due now in the order they were written.
 */
export async function createOwnNote(actor: Actor, input: z.output<typeof createOwnNoteSchema>, now: Date): Promise<{ id: string; cards: number }> {
  return getDb().$transaction(async (tx) => {
    await findOwnDeck(tx, actor, input.deckId);
    const key = ownNoteKey();
    const row = await tx.cardNote.create({
      data: {
        key,
        deckId: input.deckId,
        source: OWN_SOURCE,
        ...ownNoteColumns(input.note),
        cards: { create: ownNoteOrdinals(input.note).map((ordinal) => ({ ordinal, siblingKey: key })) },
      },
      select: { id: true, cards: { orderBy: { ordinal: "asc" }, select: { id: true } } },
    });
    await tx.studentCard.createMany({
      data: row.cards.map((c, i) => ({ userId: actor.id, cardId: c.id, due: new Date(now.getTime() + i), tags: [] })),
    });
    return { id: row.id, cards: row.cards.length };
  });
}
