/** Display helpers for the quiz reports (the CSV writes raw numbers instead). */

export function formatPercent(percent: number): string {
  return `${Number.isInteger(percent) ? percent : percent.toFixed(1)} %`;
}

/** "45 s", "4 min 30 s", "1 h 05 min": long attempts don't need the seconds. */
export function formatDuration(seconds: number): string {
  if (seconds < 60) return `${seconds} s`;
  if (seconds < 3600) {
    const s = seconds % 60;
    return s === 0 ? `${Math.floor(seconds / 60)} min` : `${Math.floor(seconds / 60)} min ${s} s`;
  }
  const minutes = Math.round(seconds / 60);
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, "0")} min`;
}

/** Facility and discrimination with two decimals, like the thresholds they are compared with. */
export function formatStatistic(value: number | null): string {
  if (value === null) return "—";
  // −0.00 reads as a sign error.
  const text = value.toFixed(2);
  return text === "-0.00" ? "0.00" : text.replace("-", "−");
}
