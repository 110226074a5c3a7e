import "server-only";
import { getDb } from "@/lib/server/db";
import { cardNotesSchema, type CardNoteInput } from "@/lib/cards/card-schema";
import { dealNewCards, lockDecks } from "@/lib/server/data/card-notes/internal/deal-new-cards";
import { cardOrdinals, cardSiblingKey } from "@/lib/server/data/card-notes/internal/note-cards";
import { syncNoteCards } from "@/lib/server/data/card-notes/internal/sync-note-cards";
import { KIND_COLUMN, noteContent, noteHash } from "./internal/card-columns";

/**
 * System task (no actor): writes the built-in flashcard notes and their cards. Idempotent: an
 * unchanged note writes nothing; a changed one is updated in place, gains cards for new cloze
 * numbers and loses the cards of removed ones (they can no longer be shown). Students who have
 * a deck get its new cards at once. One transaction.
 *
 * A built-in note's `contentHash` is the hash of the shipped note it was last written from. An
 * admin's edit keeps that hash (see `updateCardNote`), so the edit survives restarts; only a
 * changed shipped note replaces it, as a changed built-in template becomes the latest version.
 * A note an admin created under a key that a later release ships is left alone.
 */
export async function seedCards(inputs: readonly CardNoteInput[], now: Date = new Date()): Promise<{ created: number; updated: number; unchanged: number }> {
  const notes = cardNotesSchema.parse(inputs);
  return getDb().$transaction(
    async (tx) => {
      const topics = new Map((await tx.topic.findMany({ select: { id: true, slug: true } })).map((t) => [t.slug, t.id]));
      const existing = new Map(
        (await tx.cardNote.findMany({ where: { deckId: null }, select: { id: true, key: true, contentHash: true, builtIn: true, cards: { select: { id: true, ordinal: true } } } })).map((n) => [
          n.key,
          n,
        ]),
      );
      const changed = notes.flatMap((note) => {
        const topicId = topics.get(note.topic);
        if (!topicId) throw new Error(`Card ${note.key}: topic "${note.topic}" is not seeded.`);
        const hash = noteHash(note);
        const current = existing.get(note.key);
        if (current && (current.contentHash === hash || !current.builtIn)) return [];
        return [{ note, topicId, hash, current }];
      });
      await lockDecks(
        tx,
        changed.map((c) => c.topicId),
      );
      let created = 0;
      const newCards: string[] = [];
      for (const { note, topicId, hash, current } of changed) {
        const data = { topicId, kind: KIND_COLUMN[note.kind], content: noteContent(note), tags: note.tags, source: note.source, contentHash: hash, builtIn: true };
        if (!current) {
          const row = await tx.cardNote.create({
            data: { key: note.key, ...data, cards: { create: cardOrdinals(note).map((ordinal) => ({ ordinal, siblingKey: cardSiblingKey(note) })) } },
            select: { cards: { select: { id: true } } },
          });
          newCards.push(...row.cards.map((c) => c.id));
          created++;
          continue;
        }
        await tx.cardNote.update({ where: { id: current.id }, data });
        const { addedIds } = await syncNoteCards(tx, current, cardOrdinals(note), cardSiblingKey(note));
        newCards.push(...addedIds);
      }
      await dealNewCards(tx, newCards, now);
      const updated = changed.length - created;
      return { created, updated, unchanged: notes.length - created - updated };
    },
    { timeout: 60_000 },
  );
}
