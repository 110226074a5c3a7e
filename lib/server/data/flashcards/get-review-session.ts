import "server-only";
import { getDb } from "@/lib/server/db";
import { previewIntervals, type IntervalPreview } from "@/lib/srs/schedule";
import { buildQueue, type QueueKind } from "@/lib/srs/queue";
import type { SrsRating } from "@/lib/srs/card";
import type { Actor } from "../actor";
import { reviewSeed, STATE_FROM_COLUMN, toSrsCard } from "./card-columns";
import { cardFront, type CardFront } from "./card-face";
import { readSettings } from "./read-settings";

const DAY_MS = 86_400_000;

export type ReviewSession = {
  counts: Record<QueueKind, number>;
  current: null | {
    studentCardId: string;
    kind: QueueKind;
    version: number;
    front: CardFront;
    previews: Record<SrsRating, IntervalPreview>;
  };
};

/**
 * The actor's queue for today and the first card to show. Days run from midnight UTC until the
 * student time zone is stored. Siblings of cards queued or reviewed today are buried until
 * tomorrow as the queue decides, so the burial survives reloads.
 */
export async function getReviewSession(actor: Actor, now: Date): Promise<ReviewSession> {
  const db = getDb();
  const dayStart = new Date(Math.floor(now.getTime() / DAY_MS) * DAY_MS);
  const nextDayStart = new Date(dayStart.getTime() + DAY_MS);
  const subscribed = (await db.deckSubscription.findMany({ where: { userId: actor.id }, select: { topicId: true } })).map((s) => s.topicId);
  const [settings, rows, newIntroducedToday] = await Promise.all([
    readSettings(db, actor.id),
    db.studentCard.findMany({
      where: { userId: actor.id, card: { note: { topicId: { in: subscribed } } } },
      select: { id: true, state: true, due: true, lastReview: true, suspended: true, buriedUntil: true, card: { select: { siblingKey: true } } },
    }),
    db.reviewLog.count({ where: { userId: actor.id, stateBefore: "NEW", reviewedAt: { gte: dayStart } } }),
  ]);
  const { queue, bury } = buildQueue({
    cards: rows.map((r) => ({ ...r, state: STATE_FROM_COLUMN[r.state], siblingKey: r.card.siblingKey })),
    now,
    dayStart,
    nextDayStart,
    newCardsPerDay: settings.newCardsPerDay,
    newIntroducedToday,
  });
  for (const { id, until } of bury) await db.studentCard.updateMany({ where: { id, userId: actor.id }, data: { buriedUntil: until } });

  const counts: Record<QueueKind, number> = { learning: 0, review: 0, new: 0 };
  for (const item of queue) counts[item.kind]++;
  const first = queue[0];
  if (!first) return { counts, current: null };
  const row = await db.studentCard.findUniqueOrThrow({
    where: { id: first.id },
    include: { card: { select: { ordinal: true, note: { select: { kind: true, content: true } } } } },
  });
  const card = toSrsCard(row);
  return {
    counts,
    current: {
      studentCardId: row.id,
      kind: first.kind,
      version: row.version,
      front: await cardFront(db, row.card, reviewSeed(row.id, row.reps)),
      previews: previewIntervals(card, now, settings, row.id),
    },
  };
}
