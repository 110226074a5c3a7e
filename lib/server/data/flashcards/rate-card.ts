import "server-only";
import type { z } from "zod";
import type { Actor } from "@/lib/server/data/actor";
import { getReviewView, type ReviewView } from "./get-review-view";
import { recordReviewReadingContext, type RecordReviewResult, type recordReviewSchema } from "./record-review";

/**
 * The review screen's hot path: rate the card on screen and return what comes next. The student's
 * settings, time zone and decks are read once, with the card, and serve both the rating and the
 * queue read after it commits.
 */
export async function rateCard(actor: Actor, input: z.output<typeof recordReviewSchema>, now: Date): Promise<{ review: RecordReviewResult; session: ReviewView }> {
  const { review, context } = await recordReviewReadingContext(actor, input, now);
  return { review, session: await getReviewView(actor, now, context) };
}
