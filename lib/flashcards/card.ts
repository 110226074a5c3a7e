import { createEmptyCard, Rating, State, type Card, type Grade } from "ts-fsrs";

/** Our own names so stored rows don't depend on ts-fsrs' numeric enums staying stable. */
export const SRS_STATES = ["new", "learning", "review", "relearning"] as const;
export type SrsState = (typeof SRS_STATES)[number];

export const SRS_RATINGS = ["again", "hard", "good", "easy"] as const;
export type SrsRating = (typeof SRS_RATINGS)[number];

/** A card's memory and scheduling state, mirroring ts-fsrs' `Card` as plain data. */
export type SrsCard = {
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: SrsState;
  lastReview: Date | null;
};

const TO_FSRS_STATE: Record<SrsState, State> = { new: State.New, learning: State.Learning, review: State.Review, relearning: State.Relearning };
const FROM_FSRS_STATE: Record<State, SrsState> = { [State.New]: "new", [State.Learning]: "learning", [State.Review]: "review", [State.Relearning]: "relearning" };
const TO_GRADE: Record<SrsRating, Grade> = { again: Rating.Again, hard: Rating.Hard, good: Rating.Good, easy: Rating.Easy };

export function toGrade(rating: SrsRating): Grade {
  return TO_GRADE[rating];
}

export function toFsrsCard(card: SrsCard): Card {
  return {
    due: new Date(card.due),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsedDays,
    scheduled_days: card.scheduledDays,
    learning_steps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    state: TO_FSRS_STATE[card.state],
    last_review: card.lastReview ? new Date(card.lastReview) : undefined,
  };
}

export function fromFsrsCard(card: Card): SrsCard {
  return {
    due: new Date(card.due),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: FROM_FSRS_STATE[card.state],
    lastReview: card.last_review ? new Date(card.last_review) : null,
  };
}

/** A card nobody has studied yet; `now` becomes its due date so new cards keep creation order. */
export function newSrsCard(now: Date): SrsCard {
  return fromFsrsCard(createEmptyCard(now));
}
