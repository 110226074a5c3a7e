import "server-only";
import { readDeckOptions, type DeckOptions } from "@/lib/flashcards/deck-options";
import type { Db } from "@/lib/server/db";
import type { DeckScope } from "../queue-candidates";

export type StudiedDecks = DeckScope & {
  /** Each deck's own options by deck key ("t:<topic id>", "d:<deck id>"). */
  options: Map<string, DeckOptions>;
};

/** The decks a student studies: the topic decks they added and every deck of their own, with their options. */
export async function studiedDecks(db: Pick<Db, "deckSubscription" | "deck">, userId: string): Promise<StudiedDecks> {
  const [topics, own] = await Promise.all([
    db.deckSubscription.findMany({ where: { userId }, select: { topicId: true, options: true } }),
    db.deck.findMany({ where: { ownerId: userId }, select: { id: true, options: true } }),
  ]);
  return toStudiedDecks(topics, own);
}

/** StudiedDecks from the student's subscriptions and own decks, each with its stored options. */
export function toStudiedDecks(topics: readonly { topicId: string; options: unknown }[], own: readonly { id: string; options: unknown }[]): StudiedDecks {
  const options = new Map<string, DeckOptions>();
  for (const t of topics) options.set(`t:${t.topicId}`, readDeckOptions(t.options));
  for (const d of own) options.set(`d:${d.id}`, readDeckOptions(d.options));
  return { topicIds: topics.map((t) => t.topicId), deckIds: own.map((d) => d.id), options };
}
