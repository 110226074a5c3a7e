import "server-only";
import type { z } from "zod";
import { getDb } from "@/lib/server/db";
import type { Actor } from "@/lib/server/data/actor";
import { withNextDue, type ReviewView } from "./get-review-view";
import { queueWindow, reviewSessionFrom } from "./get-review-session";
import { queueAfterRating } from "./internal/queue-after-rating";
import { queueInputsSql, toQueueInputs, type QueueInputsRow } from "./queue-candidates";
import { confirmRating, prepareRating, type RecordReviewResult, type recordReviewSchema } from "./record-review";

/**
 * The review screen's hot path: rate the card on screen and return what comes next. One
 * statement reads the card with the student's settings, time zone and decks; a second writes the
 * rating and reads the queue's inputs in the same go (brought up to date with the rating in
 * queue-after-rating.ts); then the card shown is read. Burials, a second page of new cards and,
 * with nothing left today, the next due time add a statement each when needed.
 */
export async function rateCard(actor: Actor, input: z.output<typeof recordReviewSchema>, now: Date): Promise<{ review: RecordReviewResult; session: ReviewView }> {
  const { review, context, rated, write } = await prepareRating(actor, input, now);
  const window = queueWindow(now, context);
  const { dayStart, nextDayStart, learnAheadUntil, firstPage } = window;
  // One more new card than the page: the rated card may be on it, and is taken off.
  const [row] = await getDb().$queryRaw<(QueueInputsRow & { logged: number })[]>`
    ${write}
    SELECT (SELECT COUNT(*)::int FROM logged) AS "logged", inputs.*
    FROM (${queueInputsSql(actor.id, context.decks, now, dayStart, nextDayStart, learnAheadUntil, firstPage + 1)}) inputs`;
  await confirmRating(actor, input, row?.logged ?? 0);
  const inputs = queueAfterRating(toQueueInputs(row!), rated, now, context.decks, window);
  return { review, session: await withNextDue(actor, now, await reviewSessionFrom(actor, now, context, window, inputs)) };
}
