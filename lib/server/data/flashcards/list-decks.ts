import "server-only";
import { getDb } from "@/lib/server/db";
import type { Actor } from "@/lib/server/data/actor";

export type DeckRow = { slug: string; title: string; cards: number; subscribed: boolean };

/** The topic decks, with how many cards each has and whether the actor added it. */
export async function listDecks(actor: Actor): Promise<DeckRow[]> {
  const db = getDb();
  const [topics, mine] = await Promise.all([
    db.topic.findMany({ orderBy: { order: "asc" }, select: { id: true, slug: true, title: true, cardNotes: { select: { _count: { select: { cards: true } } } } } }),
    db.deckSubscription.findMany({ where: { userId: actor.id }, select: { topicId: true } }),
  ]);
  const subscribed = new Set(mine.map((m) => m.topicId));
  return topics.map((t) => ({
    slug: t.slug,
    title: t.title,
    cards: t.cardNotes.reduce((n, c) => n + c._count.cards, 0),
    subscribed: subscribed.has(t.id),
  }));
}
