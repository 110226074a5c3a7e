/**
 * How a student's grade on a quiz comes from their finished attempts (Moodle's "grading method"):
 * the highest attempt, the average of all, the first or the last. One definition for every place
 * a grade is shown — the student's list, the lead's results, the CSV and item analysis, which
 * reads exactly the attempts counted here.
 */

export const GRADING_METHODS = ["HIGHEST", "AVERAGE", "FIRST", "LAST"] as const;
export type GradingMethod = (typeof GRADING_METHODS)[number];

export type ScoredAttempt = { id: string; startedAt: Date; marksEarned: number; maxMarks: number };

export type QuizGrade = {
  /** 0…100, the share of the marks (averaged over attempts under AVERAGE). */
  percent: number;
  /** The attempts the grade is made of, in the order they were started. */
  counted: string[];
};

export const GRADING_METHOD_LABELS: Record<GradingMethod, string> = {
  HIGHEST: "Highest attempt",
  AVERAGE: "Average of attempts",
  FIRST: "First attempt",
  LAST: "Last attempt",
};

/** An attempt's share of its marks in percent; an attempt with no marks (no questions) is 0. */
export function attemptPercent(a: Pick<ScoredAttempt, "marksEarned" | "maxMarks">): number {
  return a.maxMarks > 0 ? (100 * a.marksEarned) / a.maxMarks : 0;
}

function byStart(a: ScoredAttempt, b: ScoredAttempt): number {
  return a.startedAt.getTime() - b.startedAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * The attempts a grading method counts: all of them (AVERAGE), or one — the highest (the earliest
 * among equals), the first or the last started. Pass finished attempts only.
 */
export function countedAttempts(method: GradingMethod, finished: readonly ScoredAttempt[]): ScoredAttempt[] {
  if (finished.length === 0) return [];
  const ordered = [...finished].sort(byStart);
  switch (method) {
    case "AVERAGE":
      return ordered;
    case "FIRST":
      return [ordered[0]!];
    case "LAST":
      return [ordered[ordered.length - 1]!];
    case "HIGHEST": {
      let best = ordered[0]!;
      // Strictly greater: the earliest of equal attempts stays.
      for (const a of ordered) if (attemptPercent(a) > attemptPercent(best) + 1e-9) best = a;
      return [best];
    }
  }
}

/** The student's grade on a quiz under a grading method, or null before any attempt finished. */
export function quizGrade(method: GradingMethod, finished: readonly ScoredAttempt[]): QuizGrade | null {
  const counted = countedAttempts(method, finished);
  if (counted.length === 0) return null;
  const percent = counted.reduce((s, a) => s + attemptPercent(a), 0) / counted.length;
  return { percent, counted: counted.map((a) => a.id) };
}

/** Whether a grade reaches the pass mark; null when the quiz has none. Compared at 0.01 % so 59.999… isn't a fail at 60. */
export function passes(percent: number, passPercent: number | null): boolean | null {
  if (passPercent === null) return null;
  return Math.round(percent * 100) >= passPercent * 100;
}

/** "7.5" for marks: whole numbers plain, others to two decimals at most. */
export function formatMarks(marks: number): string {
  return String(Math.round(marks * 100) / 100);
}
