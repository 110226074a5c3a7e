import "server-only";
import type { QueueCandidate } from "@/lib/flashcards/queue";
import { deckKeys, type DeckScope, type QueueInputs } from "../queue-candidates";
import type { QueueWindow } from "../get-review-session";
import type { RatedCard } from "../record-review";
import { STATE_FROM_COLUMN } from "./card-columns";

/*
 * A rating writes the card and reads the queue that follows in one statement. Every part of a
 * statement reads the same snapshot, taken before its own write, so the read still sees the card
 * as it was and the day without this review. This brings the inputs up to date with the rating,
 * by the rules the queue's SQL applies (queue-candidates.ts): the card leaves the lists it was in
 * and rejoins the due list if the rating made it due again; today's reviews gain this one. Tests
 * compare the result with a fresh read after each rating.
 */

/** Whether the SQL's `available(...)` would keep the card: not suspended, not buried past `now`, in a studied deck. */
function available(card: RatedCard, now: Date, decks: DeckScope): boolean {
  return !card.suspended && (card.buriedUntil === null || card.buriedUntil <= now) && deckKeys(decks).includes(card.deckKey);
}

/** Whether dueCandidatesSql would read the card as it is now. */
function dueNow(card: RatedCard, window: QueueWindow): boolean {
  if (card.state === "LEARNING" || card.state === "RELEARNING") return card.due <= window.learnAheadUntil;
  return card.state === "REVIEW" && card.due < window.nextDayStart;
}

/**
 * `inputs` read in the rating's statement, with a new-card page one longer than `window.firstPage`
 * (the rated card may have been on it), made what a read after the rating returns.
 */
export function queueAfterRating(inputs: QueueInputs, card: RatedCard, now: Date, decks: DeckScope, window: QueueWindow): QueueInputs {
  const due = inputs.due.filter((c) => c.id !== card.id);
  if (available(card, now, decks) && dueNow(card, window)) {
    const candidate: QueueCandidate = {
      id: card.id,
      state: STATE_FROM_COLUMN[card.state],
      due: card.due,
      lastReview: card.lastReview,
      siblingKey: card.siblingKey,
      suspended: false,
      buriedUntil: null,
      deck: card.deckKey,
    };
    due.push(candidate);
  }
  const fresh = inputs.fresh.filter((c) => c.id !== card.id).slice(0, window.firstPage);

  const introduced = card.stateBefore === "NEW" ? 1 : 0;
  const reviewed = card.stateBefore === "REVIEW" ? 1 : 0;
  const byDeck = new Map(inputs.today.byDeck);
  const done = byDeck.get(card.deckKey) ?? { introduced: 0, reviewed: 0 };
  byDeck.set(card.deckKey, { introduced: done.introduced + introduced, reviewed: done.reviewed + reviewed });
  const subscribed = deckKeys(decks).includes(card.deckKey);
  const today = {
    siblingKeys: subscribed && !inputs.today.siblingKeys.includes(card.siblingKey) ? [...inputs.today.siblingKeys, card.siblingKey] : inputs.today.siblingKeys,
    newIntroduced: inputs.today.newIntroduced + introduced,
    reviewed: inputs.today.reviewed + reviewed,
    byDeck,
  };
  return { due, today, fresh };
}
