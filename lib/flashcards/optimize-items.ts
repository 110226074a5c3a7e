import type { SrsRating, SrsState } from "@/lib/flashcards/card";
import { localDateKey } from "@/lib/time/day-bounds";
import { hash32 } from "@/lib/random/seeded-random";

/** One row of a student's review log, as the optimizer needs it. */
export type OptimizerReview = { cardId: string; rating: SrsRating; reviewedAt: Date; stateBefore: SrsState };

/** A review in the optimizer's terms: grade 1–4 and whole local days since the card's previous review. */
export type ReviewStep = { grade: 1 | 2 | 3 | 4; deltaT: number };

/** One card's usable history, oldest first; the first step always has `deltaT` 0. */
export type CardHistory = { cardId: string; steps: ReviewStep[] };

/** The optimizer's rating scale (the same numbers FSRS uses everywhere: Again 1 … Easy 4). */
const GRADE: Record<SrsRating, ReviewStep["grade"]> = { again: 1, hard: 2, good: 3, easy: 4 };

const DAY_MS = 86_400_000;

/** Whole calendar days between two "YYYY-MM-DD" keys (UTC arithmetic, so no daylight-saving drift). */
function daysBetween(fromKey: string, toKey: string): number {
  return Math.round((Date.parse(`${toKey}T00:00:00Z`) - Date.parse(`${fromKey}T00:00:00Z`)) / DAY_MS);
}

/**
 * Keeps a card's reviews from the start of its last run of new/learning reviews. A card that was
 * reset and learned again starts a new memory; what came before would teach the optimizer about a
 * memory that no longer exists. This is the rule the optimizer's own log converter applies.
 */
function fromLastLearningRun(reviews: readonly OptimizerReview[]): OptimizerReview[] {
  let start: number | null = null;
  for (let i = reviews.length - 1; i >= 0; i--) {
    const state = reviews[i]?.stateBefore;
    if (state === "new" || state === "learning") start = i;
    else if (start !== null) break;
  }
  return start === null ? [] : reviews.slice(start);
}

/**
 * Groups a review log into per-card histories with `deltaT` in the student's local days. Reviews on
 * the same local day are kept with `deltaT` 0: FSRS-6 learns its short-term (same-day) stability
 * from them, and the optimizer's own converter keeps them too. Cards come out in first-seen order.
 */
export function cardHistories(reviews: readonly OptimizerReview[], timeZone: string): CardHistory[] {
  const byCard = new Map<string, OptimizerReview[]>();
  for (const review of reviews) {
    const list = byCard.get(review.cardId);
    if (list) list.push(review);
    else byCard.set(review.cardId, [review]);
  }
  const histories: CardHistory[] = [];
  for (const [cardId, list] of byCard) {
    const ordered = fromLastLearningRun([...list].sort((a, b) => a.reviewedAt.getTime() - b.reviewedAt.getTime()));
    if (ordered.length === 0) continue;
    let previousKey: string | null = null;
    const steps = ordered.map((r) => {
      const key = localDateKey(r.reviewedAt, timeZone);
      const deltaT = previousKey === null ? 0 : Math.max(0, daysBetween(previousKey, key));
      previousKey = key;
      return { grade: GRADE[r.rating], deltaT };
    });
    histories.push({ cardId, steps });
  }
  return histories;
}

/**
 * The optimizer's training items for one card: for every review after the first, the history up
 * to and including it. Items made only of same-day reviews carry nothing about forgetting over
 * days, so (as the optimizer's converter does) only items with at least one `deltaT > 0` are kept.
 */
export function trainingItems(history: CardHistory): ReviewStep[][] {
  const items: ReviewStep[][] = [];
  let longTerm = false;
  history.steps.forEach((step, i) => {
    if (i === 0) return;
    if (step.deltaT > 0) longTerm = true;
    if (longTerm) items.push(history.steps.slice(0, i + 1));
  });
  return items;
}

/** The reviews a log loss can score: those after the first, a day or more after the one before. */
export function scorableReviews(history: CardHistory): number {
  return history.steps.filter((s, i) => i > 0 && s.deltaT > 0).length;
}

/** FNV-1a (32-bit) of a string: a stable, well-spread number per card id. */
export function cardHash(id: string): number {
  return hash32(id);
}

/**
 * Splits cards into training and held-out sets by the hash of their id: the same cards are always
 * held out, whatever order the log was read in. Cards are ranked by hash and the lowest
 * `heldOutShare` of them (at least one, when there are two or more cards) are held out, so
 * both sides are non-empty even for a handful of cards. Whole cards are held out, never single
 * reviews, because a card's later reviews depend on its earlier ones.
 */
export function splitCards(histories: readonly CardHistory[], heldOutShare: number): { train: CardHistory[]; heldOut: CardHistory[] } {
  const ranked = [...histories].sort((a, b) => cardHash(a.cardId) - cardHash(b.cardId) || (a.cardId < b.cardId ? -1 : a.cardId > b.cardId ? 1 : 0));
  const heldOutCount = ranked.length < 2 ? 0 : Math.max(1, Math.round(ranked.length * heldOutShare));
  const heldOutIds = new Set(ranked.slice(0, heldOutCount).map((h) => h.cardId));
  return {
    train: histories.filter((h) => !heldOutIds.has(h.cardId)),
    heldOut: histories.filter((h) => heldOutIds.has(h.cardId)),
  };
}
