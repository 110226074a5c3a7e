import "server-only";
import { getDb } from "@/lib/server/db";
import { NotFoundError } from "@/lib/server/errors";
import type { Actor } from "@/lib/server/data/actor";

/**
 * Adds a topic's deck to the actor's study: subscribes and creates a NEW card state, due now,
 * for every card of the topic the actor doesn't have yet. Idempotent: adding again only picks
 * up cards added to the topic since, and a deck that was removed comes back with its progress.
 */
export async function addDeck(actor: Actor, input: { topic: string }, now: Date): Promise<{ added: number }> {
  const db = getDb();
  const topic = await db.topic.findUnique({ where: { slug: input.topic }, select: { id: true } });
  if (!topic) throw new NotFoundError("There's no such topic.");
  return db.$transaction(async (tx) => {
    // Waits for an admin writing cards to this topic (they lock it, see lockDecks): afterwards
    // the cards below include theirs, or their write sees this subscription and deals to it.
    await tx.$queryRaw`SELECT "id" FROM "Topic" WHERE "id" = ${topic.id} FOR SHARE`;
    await tx.deckSubscription.upsert({
      where: { userId_topicId: { userId: actor.id, topicId: topic.id } },
      create: { userId: actor.id, topicId: topic.id },
      update: {},
    });
    const cards = await tx.card.findMany({ where: { note: { topicId: topic.id } }, select: { id: true }, orderBy: [{ note: { key: "asc" } }, { ordinal: "asc" }] });
    // One millisecond apart so new cards are introduced in a stable order (the queue sorts by due).
    const { count } = await tx.studentCard.createMany({
      data: cards.map((c, i) => ({ userId: actor.id, cardId: c.id, state: "NEW" as const, due: new Date(now.getTime() + i) })),
      skipDuplicates: true,
    });
    return { added: count };
  });
}
