import type { ReviewSession } from "@/lib/server/data/flashcards/get-review-session";

/** What the review screen gets from the server: the queue, and when it's empty, when to come back. */
export type ReviewSessionView = ReviewSession & { nextDue: Date | null };
