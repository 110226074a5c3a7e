import { getCurrentUser } from "@/lib/server/auth/current-user";
import type { Actor } from "@/lib/server/data/actor";
import { getReviewSession } from "@/lib/server/data/flashcards/get-review-session";
import { recordReview, recordReviewSchema } from "@/lib/server/data/flashcards/record-review";
import { appErrorCode, isAppError } from "@/lib/server/errors";
import { JSON_BODY_LIMIT_BYTES, readJsonBody } from "@/lib/server/http/read-json-body";
import { log } from "@/lib/server/log";

/*
 * JSON API for flashcard reviews (scripts, other clients, load tests); the review page uses the
 * equivalent server actions. GET returns today's session (counts and the card to show); POST
 * rates that card and returns the session that follows, in one round trip.
 */

const NO_STORE = { "cache-control": "no-store" };

async function actorOrNull(): Promise<Actor | null> {
  const user = await getCurrentUser();
  return user ? { id: user.id, role: user.role } : null;
}

function failure(error: unknown, event: string): Response {
  // Someone else's card gets the same answer as a missing one: ids of other students' cards stay unconfirmed.
  if (appErrorCode(error) === "forbidden") return Response.json({ error: "This card isn't in your decks." }, { status: 404 });
  if (isAppError(error)) return Response.json({ error: error.message }, { status: error.status });
  log("error", event, { error: error instanceof Error ? error.message : String(error) });
  return Response.json({ error: "Something went wrong on our side." }, { status: 500 });
}

export async function GET() {
  const actor = await actorOrNull();
  if (!actor) return Response.json({ error: "Sign in first." }, { status: 401 });
  try {
    return Response.json({ session: await getReviewSession(actor, new Date()) }, { headers: NO_STORE });
  } catch (error) {
    return failure(error, "get_review_session_failed");
  }
}

/** Body: { studentCardId, expectedVersion, rating: "again" | "hard" | "good" | "easy", durationMs, seed? }. */
export async function POST(request: Request) {
  const actor = await actorOrNull();
  if (!actor) return Response.json({ error: "Sign in first." }, { status: 401 });
  // JSON only (415), at most 64 KB (413), parseable (400).
  const read = await readJsonBody(request, { maxBytes: JSON_BODY_LIMIT_BYTES });
  if (!read.ok) return read.response;
  const parsed = recordReviewSchema.safeParse(read.value);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join(".") || "body"}: ${i.message}`);
    return Response.json({ error: `Send { studentCardId, expectedVersion, rating, durationMs, seed? }. ${issues.join("; ")}`, issues }, { status: 400 });
  }
  try {
    const now = new Date();
    const review = await recordReview(actor, parsed.data, now);
    return Response.json({ review, session: await getReviewSession(actor, now) }, { headers: NO_STORE });
  } catch (error) {
    return failure(error, "record_review_failed");
  }
}
