import "server-only";
import type { Actor } from "@/lib/server/data/actor";
import { getNextDue } from "./get-next-due";
import { getReviewSession, type ReviewSession } from "./get-review-session";
import type { ReviewContext } from "./internal/review-context";

/** What the review screen shows: today's queue and its next card, and when the queue is empty, when to come back. */
export type ReviewView = ReviewSession & { nextDue: Date | null };

/**
 * The review screen's one read, for the page, its actions (after a rating, an undo, a card set
 * aside) and the JSON API alike, so all three show the same thing. The next due time is looked
 * up only when nothing is left for today.
 */
export async function getReviewView(actor: Actor, now: Date, context?: ReviewContext): Promise<ReviewView> {
  return withNextDue(actor, now, await getReviewSession(actor, now, context));
}

/** A session made into the view: when it has no card, when the next one falls due. */
export async function withNextDue(actor: Actor, now: Date, session: ReviewSession): Promise<ReviewView> {
  return { ...session, nextDue: session.current ? null : await getNextDue(actor, now) };
}
