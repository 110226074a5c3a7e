import "server-only";
import { getDb } from "@/lib/server/db";
import type { CardNote } from "@/lib/cards/card-schema";
import { NotFoundError } from "@/lib/server/errors";
import type { Actor } from "@/lib/server/data/actor";
import { requireAdmin } from "@/lib/server/data/internal/authz/require-admin";
import { noteFromRow } from "./internal/note-cards";

export type CardNoteUsage = {
  /** Students holding a state for any card of the note (with the deck added or not). */
  students: number;
  /** Of those, students who reviewed at least one of its cards: deleting the note loses that progress. */
  reviewedBy: number;
  reviews: number;
  /** Per card (cloze number), how many students hold it, so the editor can warn before a deletion number is removed. */
  byOrdinal: Record<number, number>;
};

export type CardNoteForEdit = { note: CardNote; builtIn: boolean; updatedAt: Date; usage: CardNoteUsage };

/** Admin-only: a note as the editor shows it, with how many students use each of its cards. */
export async function getCardNote(actor: Actor, key: string): Promise<CardNoteForEdit> {
  requireAdmin(actor);
  const db = getDb();
  // Students' own notes are private to them: the admin editor reads topic notes only.
  const row = await db.cardNote.findFirst({
    where: { key, deckId: null },
    select: {
      id: true,
      key: true,
      kind: true,
      content: true,
      tags: true,
      source: true,
      builtIn: true,
      updatedAt: true,
      topic: { select: { slug: true } },
      cards: { select: { ordinal: true, _count: { select: { students: true } } } },
    },
  });
  if (!row) throw new NotFoundError(`There's no card with the key "${key}".`);
  const [usage] = await db.$queryRaw<{ students: bigint; reviewedBy: bigint; reviews: bigint }[]>`
    SELECT COUNT(DISTINCT sc."userId") AS students,
           COUNT(DISTINCT sc."userId") FILTER (WHERE sc."reps" > 0) AS "reviewedBy",
           COALESCE(SUM(sc."reps"), 0) AS reviews
    FROM "Card" c JOIN "StudentCard" sc ON sc."cardId" = c."id"
    WHERE c."noteId" = ${row.id}`;
  return {
    note: noteFromRow({ ...row, topic: row.topic! }),
    builtIn: row.builtIn,
    updatedAt: row.updatedAt,
    usage: {
      students: Number(usage?.students ?? 0),
      reviewedBy: Number(usage?.reviewedBy ?? 0),
      reviews: Number(usage?.reviews ?? 0),
      byOrdinal: Object.fromEntries(row.cards.map((c) => [c.ordinal, c._count.students])),
    },
  };
}
