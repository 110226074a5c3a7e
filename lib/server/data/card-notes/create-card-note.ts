import "server-only";
import { getDb } from "@/lib/server/db";
import { ConflictError, ValidationError } from "@/lib/server/errors";
import type { Actor } from "@/lib/server/data/actor";
import { requireAdmin } from "@/lib/server/data/internal/authz/require-admin";
import { KIND_COLUMN, noteContent, noteHash } from "@/lib/server/data/flashcards/internal/card-columns";
import { isUniqueViolation } from "@/lib/server/data/internal/is-unique-violation";
import { checkNoteTemplate } from "./internal/check-note-template";
import { dealNewCards, lockDecks } from "./internal/deal-new-cards";
import { cardOrdinals, cardSiblingKey } from "./internal/note-cards";
import { validateCardNote } from "./validate-card-note";

export type CreateCardNoteResult = { key: string; cards: number; dealt: number };

function keyTaken(key: string): ConflictError {
  const message = `A card with the key "${key}" exists; choose another key or edit that card.`;
  return new ConflictError(message, { key: message });
}

/**
 * Admin-only: writes an authored note and its cards, and gives them at once to every student who
 * has the topic's deck. One transaction.
 */
export async function createCardNote(actor: Actor, input: unknown, now: Date): Promise<CreateCardNoteResult> {
  requireAdmin(actor);
  const note = validateCardNote(input);
  const db = getDb();
  const topic = await db.topic.findUnique({ where: { slug: note.topic }, select: { id: true } });
  if (!topic) throw new ValidationError(`The topic "${note.topic}" isn't set up on this instance.`, { topic: "This topic isn't set up yet." });
  if (await db.cardNote.count({ where: { key: note.key } })) throw keyTaken(note.key);
  try {
    return await db.$transaction(async (tx) => {
      await lockDecks(tx, [topic.id]);
      await checkNoteTemplate(tx, note, topic.id);
      const row = await tx.cardNote.create({
        data: {
          key: note.key,
          topicId: topic.id,
          kind: KIND_COLUMN[note.kind],
          content: noteContent(note),
          tags: note.tags,
          source: note.source,
          contentHash: noteHash(note),
          cards: { create: cardOrdinals(note).map((ordinal) => ({ ordinal, siblingKey: cardSiblingKey(note) })) },
        },
        select: { cards: { select: { id: true } } },
      });
      const dealt = await dealNewCards(
        tx,
        row.cards.map((c) => c.id),
        now,
      );
      return { key: note.key, cards: row.cards.length, dealt };
    });
  } catch (error) {
    // Two authors creating the same key at once: the unique index lets one win.
    if (isUniqueViolation(error)) throw keyTaken(note.key);
    throw error;
  }
}
