"use server";

import { defineAction } from "@/lib/server/entry/define-action";
import { recordReview, recordReviewSchema } from "@/lib/server/data/flashcards/record-review";

/** A rating in a custom session that reschedules: a review like any other (the practice mode sends none). */
export const customRateAction = defineAction({ name: "custom-study-review", input: recordReviewSchema, invalid: "That rating couldn't be read. Reload the page." }, async ({ actor, input, now }) => {
  await recordReview(actor, input, now);
  return { ok: true };
});
