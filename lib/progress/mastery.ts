/**
 * Mastery of a topic, as shown to students and leads. Kept in one place so the progress page,
 * team progress and the CSV exports all say (and compute) the same thing.
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

/** Where a mastery share stands, on the one scale students and leads both see. */
export type MasteryLevel = "none" | "starting" | "progressing" | "strong";

/**
 * The scale, strongest first. 80 % is the usual mastery criterion of mastery learning (Bloom's
 * 80–90 %); 40 % marks half-way to it. One scale everywhere, so "strong" on a student's progress
 * page is "strong" in their lead's grid.
 */
export const MASTERY_LEVELS: readonly { level: MasteryLevel; min: number; label: string }[] = [
  { level: "strong", min: 0.8, label: "80 % and above" },
  { level: "progressing", min: 0.4, label: "40–79 %" },
  { level: "starting", min: 0, label: "Under 40 %" },
  { level: "none", min: 0, label: "None yet" },
];

/**
 * The level of a mastery share (0–1). `started`: whether anything counts yet: for a student,
 * whether they answered any of the topic's questions; for a team cell, whether anything is
 * mastered (by default, a share above 0).
 */
export function masteryLevel(ratio: number, started = ratio > 0): MasteryLevel {
  if (!started) return "none";
  if (ratio >= 0.8) return "strong";
  if (ratio >= 0.4) return "progressing";
  return "starting";
}

export function masteryLabel(level: MasteryLevel): string {
  return MASTERY_LEVELS.find((l) => l.level === level)!.label;
}
