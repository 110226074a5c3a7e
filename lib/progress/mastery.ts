/**
 * Mastery of a topic, as shown to students and leads. Kept in one place so the progress page,
 * the team dashboard and the CSV exports all say (and compute) the same thing.
 */
export const MASTERY_DEFINITION =
  "Mastery is the share of a topic's questions (its active templates) whose most recent answer was correct. A template never answered counts as not mastered, so mastery grows only by answering across the whole topic.";

export type MasteryCount = {
  /** Templates whose latest answer (in the period) was correct. */
  mastered: number;
  /** Templates answered at least once (in the period). */
  answered: number;
  /** Active templates of the topic: the denominator. */
  total: number;
};

/** Mastery as a fraction 0–1, or null for a topic with no active templates. */
export function masteryRatio({ mastered, total }: MasteryCount): number | null {
  return total === 0 ? null : mastered / total;
}
