import { pluralize } from "@/lib/format/display";

/**
 * One vocabulary for what a quiz is, on the admin's list and the student's alike: a quiz has
 * *questions* (a fixed template is one, a random draw is as many as it draws), and each student
 * may *use* a number of *attempts*.
 */

export type QuizItemShape = { templateKey: string | null; drawCount: number };

/** How many questions one attempt of the quiz asks. */
export function questionCount(items: readonly QuizItemShape[]): number {
  return items.reduce((n, i) => n + (i.templateKey ? 1 : i.drawCount), 0);
}

/** "5 questions" */
export function describeQuestions(count: number): string {
  return pluralize(count, "question");
}

/** "Feedback after each answer" or "Feedback at the end". */
export function describeFeedback(mode: "IMMEDIATE" | "DEFERRED"): string {
  return mode === "IMMEDIATE" ? "Feedback after each answer" : "Feedback at the end";
}

/** "10 min limit", or null without one. */
export function describeTimeLimit(seconds: number | null): string | null {
  return seconds ? `${Math.round(seconds / 60)} min limit` : null;
}

/** For the student: "0 of 2 attempts used"; for the admin: "2 attempts each" / "Unlimited attempts". */
export function describeAttemptLimit(maxAttempts: number | null, used?: number): string {
  if (used !== undefined && maxAttempts !== null) return `${used} of ${pluralize(maxAttempts, "attempt")} used`;
  return maxAttempts === null ? "Unlimited attempts" : `${pluralize(maxAttempts, "attempt")} each`;
}
