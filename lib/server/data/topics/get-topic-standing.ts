import "server-only";
import { getDb } from "@/lib/server/db";
import { NotFoundError } from "@/lib/server/errors";
import { masteryRatio, type MasteryCount } from "@/lib/progress/mastery";
import type { Actor } from "@/lib/server/data/actor";
import { queryMastery } from "@/lib/server/data/progress/query-mastery";

/** Where the actor stands on one topic: their mastery, and their flashcard deck of it. */
export type TopicStanding = {
  mastery: MasteryCount & { ratio: number | null };
  /** `due`: cards already studied that are due now; `unseen`: cards not studied yet (the queue introduces them a few a day). */
  deck: { subscribed: boolean; cards: number; due: number; unseen: number };
};

/**
 * The actor's own standing on a topic, for its page: mastery (as on their progress page) and
 * whether they study its deck, how many cards it has, how many of theirs are due now and how many
 * they haven't studied yet. Suspended cards, and buried ones until they come back, count in neither.
 */
export async function getTopicStanding(actor: Actor, slug: string, now: Date): Promise<TopicStanding> {
  const db = getDb();
  const topic = await db.topic.findUnique({ where: { slug }, select: { id: true } });
  if (!topic) throw new NotFoundError("This topic doesn't exist.");
  const mine = { userId: actor.id, suspended: false, OR: [{ buriedUntil: null }, { buriedUntil: { lte: now } }], card: { note: { topicId: topic.id } } };
  const [mastery, subscription, cards, due, unseen] = await Promise.all([
    queryMastery(db, [actor.id]),
    db.deckSubscription.findFirst({ where: { userId: actor.id, topicId: topic.id }, select: { topicId: true } }),
    db.card.count({ where: { note: { topicId: topic.id } } }),
    db.studentCard.count({ where: { ...mine, state: { not: "NEW" }, due: { lte: now } } }),
    db.studentCard.count({ where: { ...mine, state: "NEW" } }),
  ]);
  const row = mastery.find((m) => m.topicId === topic.id) ?? { mastered: 0, answered: 0, total: 0 };
  const count = { mastered: row.mastered, answered: row.answered, total: row.total };
  return { mastery: { ...count, ratio: masteryRatio(count) }, deck: { subscribed: Boolean(subscription), cards, due, unseen } };
}
