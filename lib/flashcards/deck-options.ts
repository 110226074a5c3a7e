import { z } from "zod";
import { stepsField, type FlashcardSettings } from "./settings";

/**
 * A deck's own options, over the account's settings (Anki's per-deck options): how many new
 * cards a day it introduces, how many reviews a day it shows, and the learning steps of its
 * cards. A missing (null) option takes the account's. The account's limits stay a cap on the
 * day's total across decks.
 */
export const deckOptionsSchema = z.object({
  newCardsPerDay: z.coerce
    .number()
    .int("New cards per day must be a whole number.")
    .min(0, "New cards per day can't be negative; use 0 to pause new cards in this deck.")
    .max(500, "New cards per day can be at most 500.")
    .nullable()
    .default(null),
  maxReviewsPerDay: z.coerce
    .number()
    .int("Maximum reviews per day must be a whole number.")
    .min(0, "Maximum reviews per day can't be negative; use 0 to pause this deck's reviews.")
    .max(9999, "Maximum reviews per day can be at most 9999.")
    .nullable()
    .default(null),
  learningSteps: stepsField("Learning steps", 10).nullable().default(null),
});

export type DeckOptions = z.output<typeof deckOptionsSchema>;

export const NO_DECK_OPTIONS: DeckOptions = { newCardsPerDay: null, maxReviewsPerDay: null, learningSteps: null };

/** Stored options as they parse; anything unreadable (an older shape) falls back to the account's. */
export function readDeckOptions(json: unknown): DeckOptions {
  const parsed = deckOptionsSchema.safeParse(json ?? {});
  return parsed.success ? parsed.data : NO_DECK_OPTIONS;
}

/** The settings a card of this deck is scheduled with: the account's, with the deck's learning steps. */
export function settingsForDeck(settings: FlashcardSettings, options: DeckOptions): FlashcardSettings {
  return options.learningSteps === null ? settings : { ...settings, learningSteps: options.learningSteps };
}

/** A deck's daily limits: its own where set, else the account's. */
export function deckLimits(settings: FlashcardSettings, options: DeckOptions): { newCardsPerDay: number; maxReviewsPerDay: number } {
  return { newCardsPerDay: options.newCardsPerDay ?? settings.newCardsPerDay, maxReviewsPerDay: options.maxReviewsPerDay ?? settings.maxReviewsPerDay };
}
