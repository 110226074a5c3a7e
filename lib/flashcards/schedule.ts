import { fsrs, generatorParameters, StrategyMode, type FSRS } from "ts-fsrs";
import { fromFsrsCard, SRS_RATINGS, toFsrsCard, toGrade, type SrsCard, type SrsRating } from "@/lib/flashcards/card";
import { formatInterval } from "@/lib/flashcards/format-interval";
import { parseSteps, type FlashcardSettings } from "@/lib/flashcards/settings";

/** One row of a card's review history; `before` is the full prior state so undo is exact. */
export type SrsReviewLog = {
  rating: SrsRating;
  reviewedAt: Date;
  durationMs: number;
  /** Whole days since the previous review (0 for a first review). */
  elapsedDays: number;
  /** Interval this review gave, in days (0 while in (re)learning steps). */
  scheduledDays: number;
  before: SrsCard;
};

export type ScheduleReviewInput = {
  card: SrsCard;
  rating: SrsRating;
  now: Date;
  settings: FlashcardSettings;
  cardId: string;
  durationMs?: number;
};

/**
 * Builds a scheduler for one review of one card. Fuzz is on so cards learned together
 * spread out, but seeded from the card id and its review count: the same card with the same
 * history always lands on the same day, which keeps replays and previews honest.
 */
function schedulerFor(settings: FlashcardSettings, cardId: string, reps: number): FSRS {
  const params = generatorParameters({
    request_retention: settings.desiredRetention,
    maximum_interval: settings.maximumIntervalDays,
    enable_fuzz: true,
    enable_short_term: true,
    learning_steps: parseSteps(settings.learningSteps),
    relearning_steps: parseSteps(settings.relearningSteps),
    ...(settings.fsrsParameters ? { w: settings.fsrsParameters } : {}),
  });
  const seed = `${cardId}:${reps}`;
  return fsrs(params).useStrategy(StrategyMode.SEED, () => seed);
}

export function scheduleReview({ card, rating, now, settings, cardId, durationMs = 0 }: ScheduleReviewInput): { card: SrsCard; log: SrsReviewLog } {
  const result = schedulerFor(settings, cardId, card.reps).next(toFsrsCard(card), now, toGrade(rating));
  const next = fromFsrsCard(result.card);
  return {
    card: next,
    log: {
      rating,
      reviewedAt: new Date(now),
      durationMs,
      elapsedDays: result.log.elapsed_days,
      scheduledDays: next.scheduledDays,
      before: { ...card, due: new Date(card.due), lastReview: card.lastReview ? new Date(card.lastReview) : null },
    },
  };
}

export type IntervalPreview = { due: Date; intervalMs: number; label: string };

/** What each rating button would do, for labels like "Good · 3d". */
export function previewIntervals(card: SrsCard, now: Date, settings: FlashcardSettings, cardId: string): Record<SrsRating, IntervalPreview> {
  const scheduler = schedulerFor(settings, cardId, card.reps);
  const fsrsCard = toFsrsCard(card);
  const entries = SRS_RATINGS.map((rating) => {
    const due = scheduler.next(fsrsCard, now, toGrade(rating)).card.due;
    const intervalMs = Math.max(0, due.getTime() - now.getTime());
    return [rating, { due, intervalMs, label: formatInterval(intervalMs) }] as const;
  });
  return Object.fromEntries(entries) as Record<SrsRating, IntervalPreview>;
}

/**
 * The probability of recalling the card now, from its memory state (FSRS's forgetting curve with
 * the student's parameters); null for a card never reviewed, which has no memory state yet.
 */
export function retrievability(card: SrsCard, now: Date, settings: FlashcardSettings): number | null {
  if (card.state === "new" || !card.lastReview || card.stability <= 0) return null;
  return schedulerFor(settings, "", card.reps).get_retrievability(toFsrsCard(card), now, false);
}
