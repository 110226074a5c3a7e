import "server-only";
import { z } from "zod";
import { ownNoteOrdinals, ownNoteSchema } from "@/lib/cards/own-note-schema";
import { recordIdSchema } from "@/lib/schemas/ids";
import { getDb } from "@/lib/server/db";
import { ValidationError } from "@/lib/server/errors";
import type { Actor } from "@/lib/server/data/actor";
import { syncNoteCards } from "@/lib/server/data/card-notes/internal/sync-note-cards";
import { findOwnNote } from "./internal/find-own-deck";
import { ownNoteColumns } from "./internal/own-note-columns";

export const updateOwnNoteSchema = z.object({ noteId: recordIdSchema, note: ownNoteSchema });

/**
 * Edits one of the actor's notes. A cloze edit keeps the cards whose deletion number survives
 * (with their progress), adds cards for new numbers (new, due now) and removes the others with
 * their history. The kind can't change.
 */
export async function updateOwnNote(actor: Actor, input: z.output<typeof updateOwnNoteSchema>, now: Date): Promise<{ added: number; removed: number }> {
  return getDb().$transaction(async (tx) => {
    const found = await findOwnNote(tx, actor, input.noteId);
    const row = await tx.cardNote.findUniqueOrThrow({ where: { id: found.id }, select: { id: true, kind: true, cards: { select: { id: true, ordinal: true } } } });
    const columns = ownNoteColumns(input.note);
    if (columns.kind !== row.kind) throw new ValidationError("A card's kind can't change: write a new one and delete this one.", { kind: "The kind can't change." });
    await tx.cardNote.update({ where: { id: row.id }, data: { content: columns.content, tags: columns.tags, contentHash: columns.contentHash } });
    const { addedIds, removed } = await syncNoteCards(tx, row, ownNoteOrdinals(input.note), found.key);
    if (addedIds.length) await tx.studentCard.createMany({ data: addedIds.map((cardId, i) => ({ userId: actor.id, cardId, due: new Date(now.getTime() + i), tags: [] })) });
    return { added: addedIds.length, removed };
  });
}
