/** Display helpers for the quiz reports (the CSV writes raw numbers instead). */

/** Facility and discrimination with two decimals, like the thresholds they are compared with. */
export function formatStatistic(value: number | null): string {
  if (value === null) return "—";
  // −0.00 reads as a sign error.
  const text = value.toFixed(2);
  return text === "-0.00" ? "0.00" : text.replace("-", "−");
}
