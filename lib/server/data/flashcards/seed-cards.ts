import "server-only";
import { getDb } from "@/lib/server/db";
import { cardNotesSchema, type CardNote, type CardNoteInput } from "@/lib/cards/card-schema";
import { clozeNumbers } from "@/lib/cards/cloze";
import { KIND_COLUMN, noteContent, noteHash } from "./card-columns";

/** One card per deletion number for cloze notes, otherwise the single ordinal 1. */
function ordinals(note: CardNote): number[] {
  return note.kind === "cloze" ? clozeNumbers(note.text ?? "") : [1];
}

/** Computed notes on the same template are siblings: they ask the same question with other numbers. */
function siblingKey(note: CardNote): string {
  return note.kind === "computed" ? `template:${note.templateKey}` : note.key;
}

/**
 * System task (no actor): writes the built-in flashcard notes and their cards. Idempotent: an
 * unchanged note writes nothing; a changed one is updated in place, gains cards for new cloze
 * numbers and loses the cards of removed ones (they can no longer be shown). One transaction.
 */
export async function seedCards(inputs: readonly CardNoteInput[]): Promise<{ created: number; updated: number; unchanged: number }> {
  const notes = cardNotesSchema.parse(inputs);
  return getDb().$transaction(
    async (tx) => {
      const topics = new Map((await tx.topic.findMany({ select: { id: true, slug: true } })).map((t) => [t.slug, t.id]));
      const existing = new Map(
        (await tx.cardNote.findMany({ select: { id: true, key: true, contentHash: true, cards: { select: { id: true, ordinal: true } } } })).map((n) => [n.key, n]),
      );
      let created = 0;
      let updated = 0;
      for (const note of notes) {
        const topicId = topics.get(note.topic);
        if (!topicId) throw new Error(`Card ${note.key}: topic "${note.topic}" is not seeded.`);
        const hash = noteHash(note);
        const current = existing.get(note.key);
        if (current?.contentHash === hash) continue;
        const data = {
          topicId,
          kind: KIND_COLUMN[note.kind],
          content: noteContent(note),
          tags: note.tags,
          source: note.source,
          contentHash: hash,
          builtIn: true,
        };
        const wanted = ordinals(note);
        if (!current) {
          await tx.cardNote.create({ data: { key: note.key, ...data, cards: { create: wanted.map((ordinal) => ({ ordinal, siblingKey: siblingKey(note) })) } } });
          created++;
          continue;
        }
        await tx.cardNote.update({ where: { id: current.id }, data });
        const have = new Set(current.cards.map((c) => c.ordinal));
        const gone = current.cards.filter((c) => !wanted.includes(c.ordinal)).map((c) => c.id);
        if (gone.length > 0) await tx.card.deleteMany({ where: { id: { in: gone } } });
        await tx.card.updateMany({ where: { noteId: current.id }, data: { siblingKey: siblingKey(note) } });
        const added = wanted.filter((o) => !have.has(o));
        if (added.length > 0) await tx.card.createMany({ data: added.map((ordinal) => ({ noteId: current.id, ordinal, siblingKey: siblingKey(note) })) });
        updated++;
      }
      return { created, updated, unchanged: notes.length - created - updated };
    },
    { timeout: 60_000 },
  );
}
