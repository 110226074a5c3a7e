import "server-only";
import { recordIdSchema } from "@/lib/schemas/ids";
import { getDb } from "@/lib/server/db";
import type { Actor } from "@/lib/server/data/actor";
import { findOwnNote } from "./internal/find-own-deck";

export const deleteOwnNoteSchema = recordIdSchema;

/** Deletes one of the actor's notes with its cards and their review history; returns what went. */
export async function deleteOwnNote(actor: Actor, noteId: string): Promise<{ cards: number; reviews: number; deckId: string }> {
  return getDb().$transaction(async (tx) => {
    const note = await findOwnNote(tx, actor, noteId);
    const [lost] = await tx.$queryRaw<{ cards: number; reviews: number }[]>`
      SELECT count(c."id")::int AS cards, COALESCE(sum(sc."reps"), 0)::int AS reviews
      FROM "Card" c LEFT JOIN "StudentCard" sc ON sc."cardId" = c."id" WHERE c."noteId" = ${note.id}`;
    await tx.cardNote.delete({ where: { id: note.id } });
    return { cards: lost?.cards ?? 0, reviews: lost?.reviews ?? 0, deckId: note.deckId };
  });
}
