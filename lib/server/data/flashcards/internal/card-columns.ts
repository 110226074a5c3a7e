import "server-only";
import { createHash } from "node:crypto";
import { z } from "zod";
import type { CardKind, SrsRating as RatingColumn, SrsState as StateColumn } from "@/lib/generated/prisma/enums";
import type { CardNote } from "@/lib/cards/card-schema";
import type { SrsCard, SrsRating, SrsState } from "@/lib/flashcards/card";
import type { LeechFlags } from "@/lib/flashcards/leech";
import { canonicalJson } from "@/lib/questions/canonical-json";

/** How lib/flashcards and lib/cards names are stored in the enum columns. */
export const KIND_COLUMN: Record<CardNote["kind"], CardKind> = { basic: "BASIC", cloze: "CLOZE", computed: "COMPUTED" };
export const STATE_COLUMN: Record<SrsState, StateColumn> = { new: "NEW", learning: "LEARNING", review: "REVIEW", relearning: "RELEARNING" };
export const STATE_FROM_COLUMN: Record<StateColumn, SrsState> = { NEW: "new", LEARNING: "learning", REVIEW: "review", RELEARNING: "relearning" };
export const RATING_COLUMN: Record<SrsRating, RatingColumn> = { again: "AGAIN", hard: "HARD", good: "GOOD", easy: "EASY" };
export const RATING_FROM_COLUMN: Record<RatingColumn, SrsRating> = { AGAIN: "again", HARD: "hard", GOOD: "good", EASY: "easy" };

/** The note fields a card is shown from; a change to any of them is a content change. */
export function noteContent(note: CardNote): { front?: string; back?: string; text?: string; templateKey?: string } {
  if (note.kind === "basic") return { front: note.front, back: note.back };
  if (note.kind === "cloze") return { text: note.text };
  return { templateKey: note.templateKey };
}

/** SHA-256 of the note's canonical JSON: equal notes, equal hash. */
export function noteHash(note: CardNote): string {
  return createHash("sha256").update(canonicalJson(note)).digest("hex");
}

/** The StudentCard columns that hold the scheduler's state (lib/flashcards/card.ts), with the database's state enum. */
export type SrsColumns = Omit<SrsCard, "state"> & { state: StateColumn };

export function toSrsCard(row: SrsColumns): SrsCard {
  return {
    due: row.due,
    stability: row.stability,
    difficulty: row.difficulty,
    elapsedDays: row.elapsedDays,
    scheduledDays: row.scheduledDays,
    learningSteps: row.learningSteps,
    reps: row.reps,
    lapses: row.lapses,
    state: STATE_FROM_COLUMN[row.state],
    lastReview: row.lastReview,
  };
}

export function toSrsColumns(card: SrsCard): SrsColumns {
  const { state, ...rest } = card;
  return { ...rest, state: STATE_COLUMN[state] };
}

/**
 * `ReviewLog.before`: the lib/flashcards card plus the leech flags it had, so undoing the review that
 * made a card a leech also un-suspends it.
 */
const beforeSchema = z.object({
  due: z.coerce.date(),
  stability: z.number(),
  difficulty: z.number(),
  elapsedDays: z.number(),
  scheduledDays: z.number(),
  learningSteps: z.number().int(),
  reps: z.number().int(),
  lapses: z.number().int(),
  state: z.enum(["new", "learning", "review", "relearning"]),
  lastReview: z.coerce.date().nullable(),
  flags: z.object({ tags: z.array(z.string()), suspended: z.boolean(), lapseBaseline: z.number().int() }).optional(),
});

export function serializeBefore(card: SrsCard, flags: LeechFlags): object {
  return { ...card, due: card.due.toISOString(), lastReview: card.lastReview?.toISOString() ?? null, flags: { ...flags, tags: [...flags.tags] } };
}

export function parseBefore(json: unknown): { card: SrsCard; flags: LeechFlags | undefined } {
  const { flags, ...card } = beforeSchema.parse(json);
  return { card, flags };
}

/**
 * The variant seed of a computed card's current review: derived from the card and its review
 * count, so showing the front and revealing the back agree without storing anything, and every
 * review brings fresh numbers.
 */
export function reviewSeed(studentCardId: string, reps: number): number {
  return createHash("sha256").update(`${studentCardId}:${reps}`).digest().readUInt32BE(0) % 2 ** 30;
}
