/**
 * Calendar arithmetic on local dates written as "YYYY-MM-DD" (the student's calendar day, already
 * resolved in their time zone). Keys are handled as UTC midnights, so no zone or daylight-saving
 * rule can shift a day here.
 */

const DAY_MS = 86_400_000;
const KEY = /^(\d{4})-(\d{2})-(\d{2})$/;

export type DayCount = { date: string; count: number };

/** Milliseconds of the date's UTC midnight. */
export function toUtcMs(key: string): number {
  const m = KEY.exec(key);
  if (!m) throw new Error(`Not a calendar date: "${key}" (expected YYYY-MM-DD).`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

function fromUtcMs(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The date `n` days after `key` (before it for negative `n`). */
export function addDays(key: string, n: number): string {
  return fromUtcMs(toUtcMs(key) + n * DAY_MS);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS);
}

/** Day of the week with Monday = 0 … Sunday = 6. */
export function weekdayIndex(key: string): number {
  return (new Date(toUtcMs(key)).getUTCDay() + 6) % 7;
}

/** Every date from `from` to `to`, both included. */
export function dayRange(from: string, to: string): string[] {
  const n = daysBetween(from, to);
  return Array.from({ length: Math.max(0, n + 1) }, (_, i) => addDays(from, i));
}

/** One entry per date from `from` to `to`, 0 where `rows` has none (rows outside the range are dropped). */
export function fillDays(rows: readonly DayCount[], from: string, to: string): DayCount[] {
  const byDate = new Map<string, number>();
  for (const r of rows) byDate.set(r.date, (byDate.get(r.date) ?? 0) + r.count);
  return dayRange(from, to).map((date) => ({ date, count: byDate.get(date) ?? 0 }));
}

/**
 * Consecutive days with at least one review, ending today — or ending yesterday while today has
 * no review yet, because the day isn't over and the streak isn't broken until it is.
 */
export function currentStreak(studiedDates: readonly string[], today: string): number {
  const studied = new Set(studiedDates);
  let day = studied.has(today) ? today : addDays(today, -1);
  let streak = 0;
  while (studied.has(day)) {
    streak++;
    day = addDays(day, -1);
  }
  return streak;
}

/** The longest run of consecutive studied days, in any order of input. */
export function longestStreak(studiedDates: readonly string[]): number {
  const sorted = [...new Set(studiedDates)].sort();
  let best = 0;
  let run = 0;
  for (let i = 0; i < sorted.length; i++) {
    run = i > 0 && daysBetween(sorted[i - 1]!, sorted[i]!) === 1 ? run + 1 : 1;
    best = Math.max(best, run);
  }
  return best;
}
