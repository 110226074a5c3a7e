import { toUtcMs } from "@/lib/time/calendar-days";

/** Display formats shared by every page: counts, percentages, calendar days (English; days are the reader's own calendar days). */

const longDate = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
const shortDate = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });
const monthYear = new Intl.DateTimeFormat("en-GB", { month: "short", year: "numeric", timeZone: "UTC" });
const monthOnly = new Intl.DateTimeFormat("en-GB", { month: "short", timeZone: "UTC" });
// One formatter, reused: `n.toLocaleString("en-GB")` builds a new one per call (about 25 µs), and
// a team's tables print thousands of counts.
const counts = new Intl.NumberFormat("en-GB");
const conjunction = new Intl.ListFormat("en-GB", { style: "long", type: "conjunction" });

/** "12,345" */
export function formatCount(n: number): string {
  return counts.format(n);
}

/** "3 Nov 2026" */
export function formatDay(key: string): string {
  return longDate.format(toUtcMs(key));
}

/** "3 Nov" */
export function formatShortDay(key: string): string {
  return shortDate.format(toUtcMs(key));
}

/** "Nov 2026" */
export function formatMonth(key: string): string {
  return monthYear.format(toUtcMs(key));
}

/** "Nov" */
export function formatMonthShort(key: string): string {
  return monthOnly.format(toUtcMs(key));
}

/** "1 review", "12 reviews" */
export function pluralize(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

/** "2, 3 and 5" */
export function formatList(items: readonly string[]): string {
  return conjunction.format(items);
}

/** A share 0–1 in whole percent ("67 %"), or an em dash when there is nothing to divide. */
export function formatPercent(ratio: number | null): string {
  return ratio === null ? "—" : `${Math.round(ratio * 100)} %`;
}

/** A figure already in percent, with its one decimal when it has one ("66.7 %", "50 %"). */
export function formatPercentFigure(percent: number): string {
  return `${Number.isInteger(percent) ? percent : percent.toFixed(1)} %`;
}

/** A share as "87.5 %", or an em dash when there is nothing to divide. */
export function formatShare(part: number, whole: number): string {
  if (whole <= 0) return "—";
  return `${(Math.round((1000 * part) / whole) / 10).toFixed(1)} %`;
}
