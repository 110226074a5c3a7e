import { getReviewView } from "@/lib/server/data/flashcards/get-review-view";
import { recordReviewSchema } from "@/lib/server/data/flashcards/record-review";
import { rateCard } from "@/lib/server/data/flashcards/rate-card";
import { defineRoute } from "@/lib/server/entry/define-route";
import { jsonReply } from "@/lib/server/http/json-reply";

/*
 * JSON API for flashcard reviews (scripts, other clients, load tests); the review page uses the
 * equivalent server actions. GET returns today's session (counts, the card to show, and when the queue is empty, `nextDue`); POST
 * rates that card and returns the session that follows, in one round trip.
 */

// Someone else's card gets the same answer as a missing one: ids of other students' cards stay unconfirmed.
const NOT_YOURS = "This card isn't in your decks.";

export const GET = defineRoute(
  {
    name: "get-review-session",
    auth: "user",
    token: "reviews",
    hideForbidden: NOT_YOURS,
    doc: {
      summary: "Today's review session",
      success: {
        type: "json",
        description:
          "`{ session: { counts: { learning, review, new }, current: null | { studentCardId, kind, version, front, previews }, nextDue } }`: the card to show (its front as Markdown) and what each rating would schedule; `nextDue` when nothing is left today.",
      },
    },
  }, async ({ actor, now }) =>
  jsonReply({ session: await getReviewView(actor, now) }),
);

/** Body: { studentCardId, expectedVersion, rating: "again" | "hard" | "good" | "easy", durationMs, seed? }. */
export const POST = defineRoute(
  {
    name: "record-review",
    auth: "user",
    token: "reviews",
    hideForbidden: NOT_YOURS,
    body: { json: recordReviewSchema, hint: "Send { studentCardId, expectedVersion, rating, durationMs, seed? }." },
    doc: {
      summary: "Rate the card shown, and get the session that follows",
      description: "`expectedVersion` is the `version` the card was shown at: a rating of a card that changed since (another tab) answers 409 and changes nothing.",
      success: { type: "json", description: "`{ review: { due, version, becameLeech }, session }`, the session as GET returns it." },
    },
  },
  async ({ actor, body, now }) => jsonReply(await rateCard(actor, body, now)),
);
