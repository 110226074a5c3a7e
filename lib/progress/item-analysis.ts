/**
 * Item analysis rules for a quiz's questions, from classical test theory.
 *
 * Facility is the share of first attempts that answered the item correctly. Discrimination is the
 * Pearson correlation between the item score (0/1) and the rest of the test (the attempt's number
 * correct minus this item), so an item is not correlated with itself. Both are computed in
 * PostgreSQL; this module holds the thresholds and the flag rule, so the page, the export and the
 * tests agree on them.
 */

/** Below this share correct, almost everyone gets the item wrong: it is likely broken or untaught. */
export const FACILITY_MIN = 0.05;
/** Above this share correct, the item tells the lead nothing about who has understood. */
export const FACILITY_MAX = 0.95;
/** Below this correlation, strong students do no better on the item than weak ones. */
export const DISCRIMINATION_MIN = 0.15;
/** With fewer answers a correlation is noise, so it is reported as undefined. */
export const DISCRIMINATION_MIN_COUNT = 3;
/**
 * With fewer answers no item is judged at all: one attempt makes every item "too easy" or "too
 * hard". Five is the smallest sample in which one answer moves facility by no more than 0.2.
 */
export const REVIEW_MIN_ANSWERS = 5;

export type ReviewReason = "too-hard" | "too-easy" | "low-discrimination";

export type ItemStatistics = { count: number; facility: number; discrimination: number | null };

/**
 * Why an item needs review, in display order; empty when it doesn't. The thresholds themselves
 * pass: facility of exactly 0.05 or 0.95 and discrimination of exactly 0.15 are not flagged. An
 * undefined discrimination (no variance, or too few answers) is not a reason on its own, and an
 * item with fewer than REVIEW_MIN_ANSWERS answers is not judged (see `hasEnoughAnswers`).
 */
export function reviewReasons(item: ItemStatistics): ReviewReason[] {
  const reasons: ReviewReason[] = [];
  if (!hasEnoughAnswers(item.count)) return reasons;
  if (item.facility < FACILITY_MIN) reasons.push("too-hard");
  if (item.facility > FACILITY_MAX) reasons.push("too-easy");
  if (item.discrimination !== null && item.discrimination < DISCRIMINATION_MIN) reasons.push("low-discrimination");
  return reasons;
}

export const REVIEW_REASON_TEXT: Record<ReviewReason, string> = {
  "too-hard": `Facility below ${FACILITY_MIN}: almost nobody answers it correctly.`,
  "too-easy": `Facility above ${FACILITY_MAX}: almost everybody answers it correctly.`,
  "low-discrimination": `Discrimination below ${DISCRIMINATION_MIN}: it does not separate stronger from weaker students.`,
};

/** Short labels for the review column; the full reasons are on the page's definitions. */
export const REVIEW_REASON_LABEL: Record<ReviewReason, string> = {
  "too-hard": "Too hard",
  "too-easy": "Too easy",
  "low-discrimination": "Low discrimination",
};

/** Whether an item has enough answers to be judged at all. */
export function hasEnoughAnswers(count: number): boolean {
  return count >= REVIEW_MIN_ANSWERS;
}
