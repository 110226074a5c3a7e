import "server-only";
import type { OwnNote } from "@/lib/cards/own-note-schema";
import { getDb } from "@/lib/server/db";
import { NotFoundError } from "@/lib/server/errors";
import type { Actor } from "@/lib/server/data/actor";
import { ownNoteFromRow } from "./internal/own-note-columns";

export type OwnNoteForEdit = { id: string; deck: { id: string; name: string }; note: OwnNote; reviews: number };

/** One of the actor's notes as they wrote it, for editing. Anyone else's is "not found". */
export async function getOwnNote(actor: Actor, noteId: string): Promise<OwnNoteForEdit> {
  const db = getDb();
  const row = await db.cardNote.findFirst({
    where: { id: noteId, deck: { ownerId: actor.id } },
    select: { id: true, kind: true, content: true, tags: true, deck: { select: { id: true, name: true } }, cards: { select: { students: { select: { reps: true } } } } },
  });
  if (!row?.deck) throw new NotFoundError("This card doesn't exist, or it isn't yours.");
  const reviews = row.cards.reduce((s, c) => s + c.students.reduce((t, x) => t + x.reps, 0), 0);
  return { id: row.id, deck: row.deck, note: ownNoteFromRow(row), reviews };
}
