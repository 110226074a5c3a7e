import "server-only";
import type { Db } from "@/lib/server/db";
import type { DeckScope } from "../queue-candidates";

/** The decks a student studies: the topic decks they added and every deck of their own. */
export async function studiedDecks(db: Pick<Db, "deckSubscription" | "deck">, userId: string): Promise<DeckScope> {
  const [topics, own] = await Promise.all([
    db.deckSubscription.findMany({ where: { userId }, select: { topicId: true } }),
    db.deck.findMany({ where: { ownerId: userId }, select: { id: true } }),
  ]);
  return { topicIds: topics.map((t) => t.topicId), deckIds: own.map((d) => d.id) };
}
