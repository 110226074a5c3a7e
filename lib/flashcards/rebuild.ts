import type { SrsCard, SrsRating } from "@/lib/flashcards/card";
import { scheduleReview, type SrsReviewLog } from "@/lib/flashcards/schedule";
import type { FlashcardSettings } from "@/lib/flashcards/settings";

export type ReplayReview = { rating: SrsRating; reviewedAt: Date; durationMs: number };

/**
 * Replays a card's reviews, oldest first, from its state before the first of them. Used to
 * repair a card from its log, and to reschedule after the student changes settings or
 * parameters (replaying with the new settings). Because fuzz is seeded by card id and review
 * count, replaying with unchanged settings reproduces the stored state exactly.
 */
export function rebuildCard({
  initial,
  reviews,
  settings,
  cardId,
}: {
  initial: SrsCard;
  reviews: readonly ReplayReview[];
  settings: FlashcardSettings;
  cardId: string;
}): { card: SrsCard; logs: SrsReviewLog[] } {
  let card = initial;
  const logs: SrsReviewLog[] = [];
  let previous: Date | null = null;
  for (const review of reviews) {
    if (previous && review.reviewedAt.getTime() < previous.getTime()) {
      throw new Error("Reviews must be in the order they happened to rebuild a card.");
    }
    previous = review.reviewedAt;
    const result = scheduleReview({ card, rating: review.rating, now: review.reviewedAt, settings, cardId, durationMs: review.durationMs });
    card = result.card;
    logs.push(result.log);
  }
  return { card, logs };
}
