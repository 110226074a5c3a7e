import type { SrsCard } from "@/lib/flashcards/card";
import type { SrsReviewLog } from "@/lib/flashcards/schedule";

export type UndoResult = { ok: true; card: SrsCard } | { ok: false; message: string };

/**
 * Restores the state a card had before its last review. ts-fsrs' `rollback` rebuilds the
 * previous due date from the review time, which is not the date the card was actually due,
 * so we restore the snapshot kept in the log instead. The checks refuse a log entry that is
 * not the card's latest review, since restoring it would silently drop later reviews.
 */
export function undoLastReview(current: SrsCard, last: SrsReviewLog): UndoResult {
  const isLatest =
    current.reps === last.before.reps + 1 && current.lastReview !== null && current.lastReview.getTime() === last.reviewedAt.getTime();
  if (!isLatest) {
    return { ok: false, message: "Only the most recent review of this card can be undone; it has been reviewed again since." };
  }
  const before = last.before;
  return { ok: true, card: { ...before, due: new Date(before.due), lastReview: before.lastReview ? new Date(before.lastReview) : null } };
}
