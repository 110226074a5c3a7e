import "server-only";
import { getDb } from "@/lib/server/db";
import { previewIntervals, type IntervalPreview } from "@/lib/flashcards/schedule";
import { buildQueueLoadingNew, LEARN_AHEAD_MS, newCandidatePage, type QueueKind } from "@/lib/flashcards/queue";
import type { SrsRating } from "@/lib/flashcards/card";
import { dayBounds } from "@/lib/time/day-bounds";
import type { Actor } from "@/lib/server/data/actor";
import { reviewSeed, toSrsCard, type SrsColumns } from "./internal/card-columns";
import type { CardKind } from "@/lib/generated/prisma/enums";
import { NotFoundError } from "@/lib/server/errors";
import { cardFront, type CardFront } from "./card-face";
import { loadNewCandidates, loadQueueInputs, type QueueInputs } from "./queue-candidates";
import { deckLimits, NO_DECK_OPTIONS, settingsForDeck } from "@/lib/flashcards/deck-options";
import { readReviewContext, type ReviewContext } from "./internal/review-context";

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
 * The actor's queue for today and the first card to show. Days start at midnight in the
 * student's time zone. Only what the queue can use is read: the cards due now or today, the keys
 * reviewed today, and new cards up to what's left of the daily limit (plus the siblings buried on
 * the way), so the cost follows the day's work, not the size of the decks. Siblings of cards
 * queued or reviewed today are buried until tomorrow as the queue decides, so the burial survives
 * reloads. A caller that read the student's review context already (a rating) passes it in.
 *
 * Round trips: the context (unless passed), one statement for the candidates, today's reviews and
 * a first page of new cards large enough for any day's limit, the burials when there are new
 * ones, and the card shown.
 */
export async function getReviewSession(actor: Actor, now: Date, context?: ReviewContext): Promise<ReviewSession> {
  const studied = context ?? (await readReviewContext(getDb(), actor.id));
  const window = queueWindow(now, studied);
  const inputs = await loadQueueInputs(getDb(), actor.id, studied.decks, now, window.dayStart, window.nextDayStart, window.learnAheadUntil, window.firstPage);
  return reviewSessionFrom(actor, now, studied, window, inputs);
}

/** The bounds of a queue read: the student's day, the learn-ahead limit, and the first page of new cards to read. */
export type QueueWindow = { dayStart: Date; nextDayStart: Date; learnAheadUntil: Date; firstPage: number };

export function queueWindow(now: Date, { settings, timeZone }: ReviewContext): QueueWindow {
  const { dayStart, nextDayStart } = dayBounds(now, timeZone);
  // Fewer new cards than the daily limit are ever left, so this page serves the first one asked for.
  return { dayStart, nextDayStart, learnAheadUntil: new Date(now.getTime() + LEARN_AHEAD_MS), firstPage: newCandidatePage(settings.newCardsPerDay) };
}

/** The session, from queue inputs read with `window` (getReviewSession reads them; a rating reads them with its write). */
export async function reviewSessionFrom(actor: Actor, now: Date, { settings, decks }: ReviewContext, window: QueueWindow, { due, today, fresh }: QueueInputs): Promise<ReviewSession> {
  const db = getDb();
  const { dayStart, nextDayStart, learnAheadUntil, firstPage } = window;
  const { queue, bury } = await buildQueueLoadingNew(
    {
      cards: due,
      learnAheadUntil,
      reviewedTodayKeys: today.siblingKeys,
      now,
      dayStart,
      nextDayStart,
      newCardsPerDay: settings.newCardsPerDay,
      newIntroducedToday: today.newIntroduced,
      burySiblings: settings.burySiblings,
      reviewsLeft: Math.max(0, settings.maxReviewsPerDay - today.reviewed),
      deckAllowances: new Map(
        [...decks.options].map(([deck, options]) => {
          const limits = deckLimits(settings, options);
          const done = today.byDeck.get(deck) ?? { introduced: 0, reviewed: 0 };
          return [deck, { newLeft: Math.max(0, limits.newCardsPerDay - done.introduced), reviewsLeft: Math.max(0, limits.maxReviewsPerDay - done.reviewed) }];
        }),
      ),
    },
    (after, limit) =>
      after === null && (limit <= fresh.length || fresh.length < firstPage) ? Promise.resolve(fresh.slice(0, limit)) : loadNewCandidates(db, actor.id, decks, now, after, limit),
  );
  // Every burial lasts until the next day starts, so one statement writes them all.
  if (bury.length > 0) await db.studentCard.updateMany({ where: { id: { in: bury.map((b) => b.id) }, userId: actor.id }, data: { buriedUntil: nextDayStart } });

  const counts: Record<QueueKind, number> = { learning: 0, review: 0, new: 0 };
  for (const item of queue) counts[item.kind]++;
  const first = queue[0];
  if (!first) return { counts, current: null };
  const row = await readShownCard(first.id);
  const note = { kind: row.kind, content: row.content };
  const cardSettings = settingsForDeck(settings, decks.options.get(row.deckKey) ?? NO_DECK_OPTIONS);
  const card = toSrsCard(row);
  return {
    counts,
    current: {
      studentCardId: row.id,
      kind: first.kind,
      version: row.version,
      front: await cardFront(db, { ordinal: row.ordinal, note }, reviewSeed(row.id, row.reps)),
      previews: previewIntervals(card, now, cardSettings, row.id),
    },
  };
}

type ShownCardRow = SrsColumns & { id: string; version: number; ordinal: number; kind: CardKind; content: unknown; deckKey: string };

/** The card to show, with its note, in one statement (the queue just read it, so it exists). */
async function readShownCard(studentCardId: string): Promise<ShownCardRow> {
  const [row] = await getDb().$queryRaw<ShownCardRow[]>`
    SELECT sc."id", sc."version", sc."state", sc."due", sc."stability", sc."difficulty", sc."elapsedDays", sc."scheduledDays", sc."learningSteps",
      sc."reps", sc."lapses", sc."lastReview", sc."deckKey", c."ordinal", n."kind", n."content"
    FROM "StudentCard" sc JOIN "Card" c ON c."id" = sc."cardId" JOIN "CardNote" n ON n."id" = c."noteId"
    WHERE sc."id" = ${studentCardId}`;
  if (!row) throw new NotFoundError("This card isn't in your decks any more. Reload to continue.");
  return row;
}
