import "server-only";
import { getDb } from "@/lib/server/db";
import { NotFoundError, ValidationError } from "@/lib/server/errors";
import type { Actor } from "@/lib/server/data/actor";
import { requireAdmin } from "@/lib/server/data/internal/authz/require-admin";
import { noteContent, noteHash } from "@/lib/server/data/flashcards/internal/card-columns";
import { checkNoteTemplate } from "./internal/check-note-template";
import { dealNewCards, lockDecks } from "./internal/deal-new-cards";
import { cardOrdinals, cardSiblingKey, KIND_FROM_COLUMN, noteFromRow } from "./internal/note-cards";
import { syncNoteCards } from "./internal/sync-note-cards";
import { validateCardNote } from "./validate-card-note";

export type UpdateCardNoteResult = { changed: boolean; added: number; removed: number; dealt: number };

/**
 * Admin-only: saves an edited note. Its key, topic and kind stay (students' decks and progress
 * hang on them). A cloze note keeps the cards whose number still exists, with every student's
 * progress; new numbers become cards dealt to the deck's students, and removed numbers lose
 * their cards. One transaction. A built-in note keeps the hash of its shipped version, so the
 * seeder leaves the edit alone (see `seedCards`).
 */
export async function updateCardNote(actor: Actor, key: string, input: unknown, now: Date): Promise<UpdateCardNoteResult> {
  requireAdmin(actor);
  const note = validateCardNote(input);
  if (note.key !== key) throw new ValidationError("A card's key can't change: create a new card instead.", { key: "The key can't change." });
  const db = getDb();
  const found = await db.cardNote.findFirst({ where: { key, deckId: null }, select: { topicId: true } });
  if (!found?.topicId) throw new NotFoundError(`There's no card with the key "${key}"; it may have been deleted.`);
  const topicId = found.topicId;
  return db.$transaction(async (tx) => {
    // Deck first, then the note: the order every card writer takes them in.
    await lockDecks(tx, [topicId]);
    await tx.$queryRaw`SELECT "id" FROM "CardNote" WHERE "key" = ${key} FOR UPDATE`;
    const row = await tx.cardNote.findFirst({
      where: { key, deckId: null },
      select: {
        id: true,
        key: true,
        kind: true,
        content: true,
        tags: true,
        source: true,
        contentHash: true,
        builtIn: true,
        topicId: true,
        topic: { select: { slug: true } },
        cards: { select: { id: true, ordinal: true } },
      },
    });
    if (!row?.topic || !row.topicId) throw new NotFoundError(`There's no card with the key "${key}"; it may have been deleted.`);
    if (row.topic.slug !== note.topic) {
      throw new ValidationError("A card's topic can't change: create the card in the other topic and delete this one.", { topic: "The topic can't change." });
    }
    if (KIND_FROM_COLUMN[row.kind] !== note.kind) {
      throw new ValidationError("A card's kind can't change: create a new card of the other kind and delete this one.", { kind: "The kind can't change." });
    }
    await checkNoteTemplate(tx, note, row.topicId);
    const hash = noteHash(note);
    if (noteHash(noteFromRow({ ...row, topic: row.topic })) === hash) return { changed: false, added: 0, removed: 0, dealt: 0 };
    await tx.cardNote.update({
      where: { id: row.id },
      data: { content: noteContent(note), tags: note.tags, source: note.source, contentHash: row.builtIn ? row.contentHash : hash },
    });
    const { addedIds, removed } = await syncNoteCards(tx, row, cardOrdinals(note), cardSiblingKey(note));
    const dealt = await dealNewCards(tx, addedIds, now);
    return { changed: true, added: addedIds.length, removed, dealt };
  });
}
