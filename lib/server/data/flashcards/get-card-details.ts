import "server-only";
import { retrievability } from "@/lib/flashcards/schedule";
import { LEECH_TAG } from "@/lib/flashcards/leech";
import { getDb } from "@/lib/server/db";
import type { Actor } from "@/lib/server/data/actor";
import { cardBack, cardFront, type CardBack, type CardFront } from "./card-face";
import { RATING_FROM_COLUMN, reviewSeed, STATE_FROM_COLUMN, toSrsCard } from "./internal/card-columns";
import { findOwnCard } from "./internal/find-own-card";
import { readSettings } from "./internal/read-settings";

export type CardHistoryEntry = {
  reviewedAt: Date;
  rating: "again" | "hard" | "good" | "easy";
  stateBefore: "new" | "learning" | "review" | "relearning";
  /** Days since the previous review, and the interval this review gave (0 in learning steps). */
  elapsedDays: number;
  scheduledDays: number;
  durationMs: number;
};

export type CardDetails = {
  studentCardId: string;
  front: CardFront;
  /** Basic and cloze cards; a computed card's answer depends on the numbers of its next review, so it stays unsent. */
  back: Extract<CardBack, { kind: "basic" | "cloze" }> | null;
  deck: { kind: "topic"; slug: string; title: string } | { kind: "own"; id: string; name: string };
  ownNoteId: string | null;
  state: "new" | "learning" | "review" | "relearning";
  due: Date;
  stability: number;
  difficulty: number;
  /** The chance of recalling it now, 0…1; null before its first review. */
  retrievability: number | null;
  reps: number;
  lapses: number;
  leech: boolean;
  suspended: boolean;
  buriedUntil: Date | null;
  version: number;
  addedAt: Date;
  /** Newest first. */
  history: CardHistoryEntry[];
};

/** One of the actor's cards with its memory state, retrievability now and review history. Anyone else's is "not found". */
export async function getCardDetails(actor: Actor, studentCardId: string, now: Date): Promise<CardDetails> {
  const db = getDb();
  const row = await findOwnCard(db, actor, studentCardId);
  const [note, logs, settings] = await Promise.all([
    db.cardNote.findFirstOrThrow({ where: { cards: { some: { id: row.cardId } } }, select: { id: true, topic: { select: { slug: true, title: true } }, deck: { select: { id: true, name: true } } } }),
    db.reviewLog.findMany({ where: { studentCardId: row.id }, orderBy: [{ reviewedAt: "desc" }, { id: "desc" }], take: 200 }),
    readSettings(db, actor.id),
  ]);
  const seed = reviewSeed(row.id, row.reps);
  const card = toSrsCard(row);
  return {
    studentCardId: row.id,
    front: await cardFront(db, row.card, seed),
    back: row.card.note.kind === "COMPUTED" ? null : ((await cardBack(db, row.card, seed)) as Extract<CardBack, { kind: "basic" | "cloze" }>),
    deck: note.deck ? { kind: "own", id: note.deck.id, name: note.deck.name } : { kind: "topic", slug: note.topic?.slug ?? "", title: note.topic?.title ?? "" },
    ownNoteId: note.deck ? note.id : null,
    state: STATE_FROM_COLUMN[row.state],
    due: row.due,
    stability: row.stability,
    difficulty: row.difficulty,
    retrievability: retrievability(card, now, settings),
    reps: row.reps,
    lapses: row.lapses,
    leech: row.tags.includes(LEECH_TAG),
    suspended: row.suspended,
    buriedUntil: row.buriedUntil && row.buriedUntil > now ? row.buriedUntil : null,
    version: row.version,
    addedAt: row.createdAt,
    history: logs.map((l) => ({
      reviewedAt: l.reviewedAt,
      rating: RATING_FROM_COLUMN[l.rating],
      stateBefore: STATE_FROM_COLUMN[l.stateBefore],
      elapsedDays: l.elapsedDays,
      scheduledDays: l.scheduledDays,
      durationMs: l.durationMs,
    })),
  };
}
