import "server-only";
import { getDb } from "@/lib/server/db";
import { NotFoundError } from "@/lib/server/errors";
import type { Actor } from "@/lib/server/data/actor";

/**
 * Removes a topic's deck from the actor's study. The card states and review history are kept
 * (they are the student's record, and adding the deck again resumes it); the review session only
 * shows cards of subscribed topics. Idempotent.
 */
export async function removeDeck(actor: Actor, input: { topic: string }): Promise<{ removed: boolean }> {
  const db = getDb();
  const topic = await db.topic.findUnique({ where: { slug: input.topic }, select: { id: true } });
  if (!topic) throw new NotFoundError("There's no such topic.");
  const { count } = await db.deckSubscription.deleteMany({ where: { userId: actor.id, topicId: topic.id } });
  return { removed: count > 0 };
}
