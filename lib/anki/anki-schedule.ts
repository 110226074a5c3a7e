import { generatorParameters } from "ts-fsrs";
import { newSrsCard, type SrsCard, type SrsRating, type SrsState } from "@/lib/flashcards/card";
import { rebuildCard, type ReplayReview } from "@/lib/flashcards/rebuild";
import type { SrsReviewLog } from "@/lib/flashcards/schedule";
import type { FlashcardSettings } from "@/lib/flashcards/settings";
import type { AnkiCardColumns, AnkiRevlogRow } from "./apkg-types";

/**
 * Scheduling between Quizformer (FSRS state per card, a review log with each review's prior state)
 * and Anki's schema-11 columns. Pure: the clock and the student's settings are passed in.
 */

const DAY_MS = 86_400_000;
/** Anki counts an answer's time up to 60 s by default. */
const MAX_ANSWER_MS = 60_000;
const DEFAULT_FACTOR = 2500;
const EASE: Record<SrsRating, number> = { again: 1, hard: 2, good: 3, easy: 4 };
const RATING_OF_EASE: Record<number, SrsRating> = { 1: "again", 2: "hard", 3: "good", 4: "easy" };
const TYPE_OF_STATE: Record<SrsState, number> = { new: 0, learning: 1, review: 2, relearning: 3 };
const REVLOG_TYPE_OF_STATE: Record<SrsState, number> = { new: 0, learning: 0, review: 1, relearning: 2 };

export type StudentCardState = SrsCard & { suspended: boolean; buriedUntil: Date | null };
export type LoggedReview = { rating: SrsRating; reviewedAt: Date; durationMs: number; scheduledDays: number; before: SrsCard };

/** A card's scheduling as Anki's columns. `position` orders new cards; `crt` is the collection's day zero (epoch s). */
export function toAnkiColumns(card: StudentCardState, position: number, crt: number, now: Date): AnkiCardColumns {
  const type = TYPE_OF_STATE[card.state];
  let queue = card.state === "new" ? 0 : card.state === "review" ? 2 : 1;
  if (card.suspended) queue = -1;
  else if (card.buriedUntil && card.buriedUntil > now) queue = -2;
  const due =
    card.state === "new" ? position : card.state === "review" ? Math.round((card.due.getTime() - crt * 1000) / DAY_MS) : Math.floor(card.due.getTime() / 1000);
  const ivl = card.state === "new" ? 0 : Math.max(card.state === "learning" ? 0 : 1, Math.round(card.scheduledDays));
  // Anki 23.10 and later read FSRS memory state from here, so a collection using FSRS keeps it.
  const data = card.state === "new" || card.stability <= 0 ? "{}" : JSON.stringify({ s: round(card.stability, 4), d: round(card.difficulty, 3) });
  return { type, queue, due, ivl, factor: card.state === "new" ? 0 : DEFAULT_FACTOR, reps: card.reps, lapses: card.lapses, left: type === 1 || type === 3 ? 1001 : 0, data };
}

/** A card's review log as Anki's rows, oldest first; `current` is the card's state after the last review. */
export function toAnkiRevlog(logs: readonly LoggedReview[], current: SrsCard): AnkiRevlogRow[] {
  return logs.map((log, i) => {
    const after = logs[i + 1]?.before ?? current;
    const ivl = log.scheduledDays >= 1 ? Math.round(log.scheduledDays) : -Math.max(1, Math.round((after.due.getTime() - log.reviewedAt.getTime()) / 1000));
    const lastIvl = log.before.scheduledDays >= 1 ? Math.round(log.before.scheduledDays) : 0;
    return {
      id: log.reviewedAt.getTime(),
      ease: EASE[log.rating],
      ivl,
      lastIvl,
      factor: log.before.state === "new" ? 0 : DEFAULT_FACTOR,
      time: Math.min(MAX_ANSWER_MS, Math.max(0, Math.round(log.durationMs))),
      type: REVLOG_TYPE_OF_STATE[log.before.state],
    };
  });
}

/** Anki's first release: no review is older. */
const EARLIEST_REVIEW_MS = Date.UTC(2006, 0, 1);

/**
 * Anki's review log as reviews to replay, oldest first. Manual reschedules and "forget" rows
 * (ease 0, types 4 and 5) are not answers, so they are left out, as are rows dated before Anki
 * existed or after `now` (a damaged or forged log).
 */
export function ankiReviews(rows: readonly AnkiRevlogRow[], now: Date): ReplayReview[] {
  return [...rows]
    .filter((r) => RATING_OF_EASE[r.ease] && r.type <= 3 && r.id >= EARLIEST_REVIEW_MS && r.id <= now.getTime())
    .sort((a, b) => a.id - b.id)
    .map((r) => ({ rating: RATING_OF_EASE[r.ease]!, reviewedAt: new Date(r.id), durationMs: Math.max(0, Math.min(MAX_ANSWER_MS, r.time)) }));
}

/**
 * When a card in Anki is due: learning cards count in epoch seconds, review cards in days from
 * the collection's day zero. A value past 10⁹ can only be seconds, which also covers suspended or
 * buried learning cards, whose queue no longer says which it is.
 */
export function ankiDueDate(columns: AnkiCardColumns, crt: number): Date {
  if (columns.due > 1_000_000_000) return new Date(columns.due * 1000);
  return new Date(crt * 1000 + columns.due * DAY_MS);
}

/**
 * FSRS's conversion of SM-2 fields to a memory state, for a card with an interval but no review
 * history (FSRS's reference implementation, fsrs-rs `memory_state_from_sm2`, with the retention
 * SM-2 aims at taken as 90 %): stability is the interval, difficulty follows from the ease.
 */
export function memoryStateFromSm2(factorPermille: number, intervalDays: number, w: readonly number[]): { stability: number; difficulty: number } {
  const retention = 0.9;
  // Anki's longest interval is 100 years.
  const stability = Math.min(36_500, Math.max(Number.isFinite(intervalDays) ? intervalDays : 0, 0.1));
  const ease = (factorPermille > 0 ? factorPermille : DEFAULT_FACTOR) / 1000;
  const [w8, w9, w10] = [w[8]!, w[9]!, w[10]!];
  const difficulty = 11 - (ease - 1) / (Math.exp(w8) * stability ** -w9 * Math.expm1((1 - retention) * w10));
  return { stability, difficulty: Math.min(10, Math.max(1, difficulty)) };
}

export type ImportedCard = { card: SrsCard; suspended: boolean; logs: SrsReviewLog[] };

/**
 * An Anki card's state in Quizformer. With a review history, the history is replayed through the
 * student's FSRS scheduler, which gives every review log row its prior state (so undo and the
 * optimizer work on it) and the card its memory state; the card keeps Anki's own state, due date
 * and counts, so nothing moves in the schedule the student had. Without a history, a reviewed card
 * gets FSRS's conversion of its SM-2 interval and ease. New cards (and learning cards without a
 * history) start as new cards, in Anki's order.
 */
export function importAnkiCard(input: {
  columns: AnkiCardColumns;
  revlog: readonly AnkiRevlogRow[];
  crt: number;
  now: Date;
  /** Orders new cards: the n-th new card is due n ms after `now`. */
  position: number;
  settings: FlashcardSettings;
  cardId: string;
}): ImportedCard {
  const { columns, crt, now, settings, cardId } = input;
  const reviews = ankiReviews(input.revlog, now);
  const suspended = columns.queue === -1;
  const replay = reviews.length ? rebuildCard({ initial: newSrsCard(reviews[0]!.reviewedAt), reviews, settings, cardId }) : null;
  const logs = replay?.logs ?? [];
  const isNew = columns.type === 0 || (columns.type === 1 && !replay) || ![1, 2, 3].includes(columns.type);
  if (isNew) return { card: newSrsCard(new Date(now.getTime() + input.position)), suspended, logs };

  const state: SrsState = columns.type === 1 ? "learning" : columns.type === 2 ? "review" : "relearning";
  // A due date that can't be right (before 2006, or centuries ahead) makes the card due now.
  const read = ankiDueDate(columns, crt);
  const due = read.getTime() >= EARLIEST_REVIEW_MS && read.getTime() <= now.getTime() + 200 * 365 * DAY_MS ? read : new Date(now);
  const intervalDays = Math.min(36_500, Math.max(0, columns.ivl));
  let memory: { stability: number; difficulty: number };
  let lastReview: Date | null;
  if (replay && Number.isFinite(replay.card.stability) && Number.isFinite(replay.card.difficulty) && replay.card.stability > 0) {
    memory = { stability: replay.card.stability, difficulty: replay.card.difficulty };
    lastReview = replay.card.lastReview;
  } else {
    memory = memoryStateFromSm2(columns.factor, intervalDays, settings.fsrsParameters ?? generatorParameters().w);
    lastReview = state === "review" ? new Date(due.getTime() - intervalDays * DAY_MS) : null;
  }
  const card: SrsCard = {
    due,
    ...memory,
    elapsedDays: 0,
    scheduledDays: state === "review" ? Math.max(1, intervalDays) : 0,
    learningSteps: 0,
    reps: Math.max(columns.reps, logs.length),
    lapses: columns.lapses,
    state,
    lastReview,
  };
  return { card, suspended, logs };
}

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
