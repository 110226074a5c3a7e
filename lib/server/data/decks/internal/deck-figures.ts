import "server-only";
import type { Db } from "@/lib/server/db";

export type DeckFigures = { notes: number; cards: number; reviews: number; due: number; fresh: number };

/** Per own deck of the owner: notes, cards, reviews done, cards due now (not new) and new cards. */
export async function queryDeckFigures(db: Pick<Db, "$queryRaw">, ownerId: string, deckIds: readonly string[], now: Date): Promise<Map<string, DeckFigures>> {
  if (deckIds.length === 0) return new Map();
  const rows = await db.$queryRaw<(DeckFigures & { deckId: string })[]>`
    SELECT n."deckId",
           count(DISTINCT n."id")::int AS notes,
           count(c."id")::int AS cards,
           COALESCE(sum(sc."reps"), 0)::int AS reviews,
           count(sc."id") FILTER (WHERE sc."state" <> 'NEW' AND sc."due" <= ${now} AND NOT sc."suspended")::int AS due,
           count(sc."id") FILTER (WHERE sc."state" = 'NEW' AND NOT sc."suspended")::int AS fresh
    FROM "CardNote" n
    LEFT JOIN "Card" c ON c."noteId" = n."id"
    LEFT JOIN "StudentCard" sc ON sc."cardId" = c."id" AND sc."userId" = ${ownerId}
    WHERE n."deckId" = ANY(${[...deckIds]}::text[])
    GROUP BY n."deckId"`;
  return new Map(rows.map(({ deckId, ...f }) => [deckId, f]));
}

export const NO_FIGURES: DeckFigures = { notes: 0, cards: 0, reviews: 0, due: 0, fresh: 0 };
