import type { SrsCard } from "@/lib/flashcards/card";

export type QueueCandidate = Pick<SrsCard, "state" | "due" | "lastReview"> & {
  id: string;
  /** Cards made from the same note share this key and are kept to one per day. */
  siblingKey: string;
  suspended: boolean;
  buriedUntil: Date | null;
  /** The deck the card is in ("t:<topic id>" or "d:<deck id>"), for per-deck limits. */
  deck?: string;
};

/** What a deck may still show today: its limits less what it showed already. */
export type DeckAllowance = { newLeft: number; reviewsLeft: number };

export type QueueKind = "learning" | "review" | "new";
export type QueueItem = { id: string; kind: QueueKind };
export type Burial = { id: string; until: Date };

/**
 * Anki's "learn ahead limit": when nothing else is left today, a (re)learning card whose next step
 * falls due within this time is shown now rather than after a wait, so a card rated Again comes
 * back in the same session.
 */
export const LEARN_AHEAD_MS = 20 * 60_000;

export type BuildQueueInput = {
  cards: readonly QueueCandidate[];
  now: Date;
  /** (Re)learning cards due after `now` but by this time join the end of the queue (see LEARN_AHEAD_MS). */
  learnAheadUntil?: Date;
  /** Start of the student's current day and of the next one, in their time zone (a DST day is not 24h). */
  dayStart: Date;
  nextDayStart: Date;
  newCardsPerDay: number;
  newIntroducedToday: number;
  /**
   * Sibling keys of cards reviewed today that need not be among `cards`: a caller that loads only
   * the cards that can be queued passes the keys of the others here, so their siblings stay buried.
   */
  reviewedTodayKeys?: Iterable<string>;
  /** Off: cards of one note may come on the same day (the "bury siblings" setting). */
  burySiblings?: boolean;
  /** Reviews the account may still show today, across decks (no limit when left out). */
  reviewsLeft?: number;
  /** Per deck, what it may still show today; a deck not listed has only the account's limits. */
  deckAllowances?: ReadonlyMap<string, DeckAllowance>;
};

/** How many new cards may still be introduced today. */
export function newCardsLeft(newCardsPerDay: number, newIntroducedToday: number): number {
  return Math.max(0, newCardsPerDay - newIntroducedToday);
}

/**
 * How many new candidates to load to fill `newLeft` places: new cards whose sibling is queued or
 * was reviewed today are buried and don't fill a place, so a margin is loaded with them. A caller
 * whose margin still fell short (and who got a full page) loads the next page and builds again.
 */
export function newCandidatePage(newLeft: number): number {
  return newLeft === 0 ? 0 : newLeft * 2 + 16;
}

function byDueThenId(a: QueueCandidate, b: QueueCandidate): number {
  return a.due.getTime() - b.due.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Today's study queue: due (re)learning cards first, since their steps are minutes apart and
 * lose their point if delayed; then reviews due today; then new cards up to what's left of the
 * daily limit. Seeing two cards of one note on the same day lets one answer the other, so a
 * review or new card whose sibling was reviewed today or is already queued is buried until
 * tomorrow. (Re)learning cards are never buried: interrupting their steps would cost more. Last
 * come (re)learning cards whose step falls due by `learnAheadUntil`, earliest first: they are
 * studied ahead only once nothing else is left.
 */
export function buildQueue({
  cards,
  now,
  learnAheadUntil,
  dayStart,
  nextDayStart,
  newCardsPerDay,
  newIntroducedToday,
  reviewedTodayKeys = [],
  burySiblings = true,
  reviewsLeft = Infinity,
  deckAllowances,
}: BuildQueueInput): {
  queue: QueueItem[];
  bury: Burial[];
} {
  const available = cards.filter((c) => !c.suspended && !(c.buriedUntil && c.buriedUntil.getTime() > now.getTime()));
  const takenKeys = new Set(reviewedTodayKeys);
  for (const c of cards) if (c.lastReview && c.lastReview.getTime() >= dayStart.getTime()) takenKeys.add(c.siblingKey);
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
    if (burySiblings && takenKeys.has(card.siblingKey)) {
      bury.push({ id: card.id, until: new Date(nextDayStart) });
      return false;
    }
    queue.push({ id: card.id, kind });
    takenKeys.add(card.siblingKey);
    return true;
  };

  // Per-deck allowances count down as cards are queued; a card over its deck's limit waits (not buried).
  const allowance = new Map([...(deckAllowances ?? [])].map(([k, v]) => [k, { ...v }]));
  const deckOf = (card: QueueCandidate) => (card.deck === undefined ? undefined : allowance.get(card.deck));

  let reviewsQueued = 0;
  const reviews = available.filter((c) => c.state === "review" && c.due.getTime() < nextDayStart.getTime()).sort(byDueThenId);
  for (const card of reviews) {
    if (reviewsQueued >= reviewsLeft) break;
    const deck = deckOf(card);
    if (deck && deck.reviewsLeft <= 0) continue;
    if (offer(card, "review")) {
      reviewsQueued++;
      if (deck) deck.reviewsLeft--;
    }
  }

  let newLeft = newCardsLeft(newCardsPerDay, newIntroducedToday);
  const fresh = available.filter((c) => c.state === "new").sort(byDueThenId);
  for (const card of fresh) {
    if (newLeft === 0) break;
    const deck = deckOf(card);
    if (deck && deck.newLeft <= 0) continue;
    if (offer(card, "new")) {
      newLeft--;
      if (deck) deck.newLeft--;
    }
  }

  const ahead = learnAheadUntil
    ? available
        .filter((c) => (c.state === "learning" || c.state === "relearning") && c.due.getTime() > now.getTime() && c.due.getTime() <= learnAheadUntil.getTime())
        .sort(byDueThenId)
    : [];
  for (const card of ahead) queue.push({ id: card.id, kind: "learning" });
  return { queue, bury };
}

/** Loads available new cards in due-then-id order, starting after `after` (exclusive). */
export type NewCardLoader = (after: Pick<QueueCandidate, "due" | "id"> | null, limit: number) => Promise<readonly QueueCandidate[]>;

/**
 * `buildQueue` over the cards that can be due plus only as many new cards as the queue can take,
 * page by page: the same queue and burials as over every card, provided `cards` holds every
 * available (re)learning card due by `learnAheadUntil` (or `now`) and review card due before `nextDayStart`,
 * `reviewedTodayKeys` the keys of every card reviewed today, and `loadNew` the available new
 * cards. The daily limit bounds what is read, not the size of the student's decks.
 */
export async function buildQueueLoadingNew(input: BuildQueueInput, loadNew: NewCardLoader): Promise<ReturnType<typeof buildQueue>> {
  // With every deck's allowance known, the decks together can't take more than the sum of theirs.
  const decksCap = input.deckAllowances && input.deckAllowances.size > 0 ? [...input.deckAllowances.values()].reduce((s, d) => s + Math.max(0, d.newLeft), 0) : Infinity;
  const newLeft = Math.min(newCardsLeft(input.newCardsPerDay, input.newIntroducedToday), decksCap);
  const fresh: QueueCandidate[] = [];
  let limit = newCandidatePage(newLeft);
  let exhausted = newLeft === 0;
  for (;;) {
    if (!exhausted) {
      const page = await loadNew(fresh.at(-1) ?? null, limit);
      fresh.push(...page);
      exhausted = page.length < limit;
      limit *= 2;
    }
    const result = buildQueue({ ...input, cards: [...input.cards, ...fresh] });
    // Past the last new card queued, buildQueue looks at nothing more, so more pages can't change the result.
    if (exhausted || result.queue.filter((q) => q.kind === "new").length === newLeft) return result;
  }
}
