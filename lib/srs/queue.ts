import type { SrsCard } from "@/lib/srs/card";

export type QueueCandidate = Pick<SrsCard, "state" | "due" | "lastReview"> & {
  id: string;
  /** Cards made from the same note share this key and are kept to one per day. */
  siblingKey: string;
  suspended: boolean;
  buriedUntil: Date | null;
};

export type QueueKind = "learning" | "review" | "new";
export type QueueItem = { id: string; kind: QueueKind };
export type Burial = { id: string; until: Date };

export type BuildQueueInput = {
  cards: readonly QueueCandidate[];
  now: Date;
  /** Start of the student's current day and of the next one, in their time zone (a DST day is not 24h). */
  dayStart: Date;
  nextDayStart: Date;
  newCardsPerDay: number;
  newIntroducedToday: number;
};

function byDueThenId(a: QueueCandidate, b: QueueCandidate): number {
  return a.due.getTime() - b.due.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Today's study queue: due (re)learning cards first, since their steps are minutes apart and
 * lose their point if delayed; then reviews due today; then new cards up to what's left of the
 * daily limit. Seeing two cards of one note on the same day lets one answer the other, so a
 * review or new card whose sibling was reviewed today or is already queued is buried until
 * tomorrow. (Re)learning cards are never buried: interrupting their steps would cost more.
 */
export function buildQueue({ cards, now, dayStart, nextDayStart, newCardsPerDay, newIntroducedToday }: BuildQueueInput): {
  queue: QueueItem[];
  bury: Burial[];
} {
  const available = cards.filter((c) => !c.suspended && !(c.buriedUntil && c.buriedUntil.getTime() > now.getTime()));
  const takenKeys = new Set(
    cards.filter((c) => c.lastReview && c.lastReview.getTime() >= dayStart.getTime()).map((c) => c.siblingKey),
  );
  const queue: QueueItem[] = [];
  const bury: Burial[] = [];

  const learning = available
    .filter((c) => (c.state === "learning" || c.state === "relearning") && c.due.getTime() <= now.getTime())
    .sort(byDueThenId);
  for (const card of learning) {
    queue.push({ id: card.id, kind: "learning" });
    takenKeys.add(card.siblingKey);
  }

  const offer = (card: QueueCandidate, kind: QueueKind): boolean => {
    if (takenKeys.has(card.siblingKey)) {
      bury.push({ id: card.id, until: new Date(nextDayStart) });
      return false;
    }
    queue.push({ id: card.id, kind });
    takenKeys.add(card.siblingKey);
    return true;
  };

  const reviews = available.filter((c) => c.state === "review" && c.due.getTime() < nextDayStart.getTime()).sort(byDueThenId);
  for (const card of reviews) offer(card, "review");

  let newLeft = Math.max(0, newCardsPerDay - newIntroducedToday);
  const fresh = available.filter((c) => c.state === "new").sort(byDueThenId);
  for (const card of fresh) {
    if (newLeft === 0) break;
    if (offer(card, "new")) newLeft--;
  }
  return { queue, bury };
}
