import { addDays, daysBetween, fillDays, type DayCount, weekdayIndex } from "@/lib/time/calendar-days";
import { formatMonth, formatMonthShort } from "@/lib/format/display";

/** Colour levels of the calendar: 0 = no reviews, 4 = the busiest days. */
export type HeatLevel = 0 | 1 | 2 | 3 | 4;
export type HeatCell = { date: string; count: number; level: HeatLevel };
export type HeatRange = { level: HeatLevel; min: number; max: number };

/**
 * Level of a day relative to the busiest day shown: ceil(4 · count / max), so the busiest day is
 * always the darkest and any review at all is visibly different from none.
 */
export function heatLevel(count: number, max: number): HeatLevel {
  if (count <= 0 || max <= 0) return 0;
  return Math.min(4, Math.max(1, Math.ceil((4 * count) / max))) as HeatLevel;
}

/** The counts each level stands for (for the legend); levels no whole count can reach are left out. */
export function heatRanges(max: number): HeatRange[] {
  const ranges: HeatRange[] = [{ level: 0, min: 0, max: 0 }];
  for (let level = 1 as HeatLevel; level <= 4; level = (level + 1) as HeatLevel) {
    const min = Math.floor(((level - 1) * max) / 4) + 1;
    const top = Math.floor((level * max) / 4);
    if (min <= top) ranges.push({ level, min, max: top });
  }
  return ranges;
}

export type CalendarGrid = {
  /** Columns of 7 days, Monday first; `null` pads the days before the first and after `today`. */
  weeks: (HeatCell | null)[][];
  /** Month names above the week where the month's first Monday-column starts. */
  months: { week: number; label: string }[];
  from: string;
  to: string;
  max: number;
  total: number;
  studiedDays: number;
};

/**
 * The last `weeks` calendar weeks up to `today` (the current week included), GitHub-style.
 * The grid starts on a Monday so each column is one week.
 */
export function calendarGrid(days: readonly DayCount[], today: string, weeks = 53): CalendarGrid {
  const firstMonday = addDays(today, -weekdayIndex(today) - 7 * (weeks - 1));
  const filled = fillDays(days, firstMonday, today);
  const max = filled.reduce((m, d) => Math.max(m, d.count), 0);
  const columns: (HeatCell | null)[][] = Array.from({ length: weeks }, () => Array<HeatCell | null>(7).fill(null));
  for (const d of filled) {
    const offset = daysBetween(firstMonday, d.date);
    columns[Math.floor(offset / 7)]![offset % 7] = { date: d.date, count: d.count, level: heatLevel(d.count, max) };
  }
  const months: { week: number; label: string }[] = [];
  for (let w = 0; w < weeks; w++) {
    const monday = addDays(firstMonday, 7 * w);
    const previous = addDays(monday, -7);
    if (w === 0 || monday.slice(0, 7) !== previous.slice(0, 7)) months.push({ week: w, label: formatMonthShort(monday) });
  }
  // A label on the first column would collide with the next month's when that starts a column or two later.
  if (months.length > 1 && months[1]!.week - months[0]!.week < 3) months.shift();
  return {
    weeks: columns,
    months,
    from: firstMonday,
    to: today,
    max,
    total: filled.reduce((n, d) => n + d.count, 0),
    studiedDays: filled.filter((d) => d.count > 0).length,
  };
}

export type MonthTotal = { month: string; label: string; reviews: number; days: number };

/** Reviews and studied days per calendar month from `from` to `to`, oldest first, months without reviews included. */
export function monthlyTotals(days: readonly DayCount[], from: string, to: string): MonthTotal[] {
  const months = new Map<string, MonthTotal>();
  for (const d of fillDays(days, from, to)) {
    const key = d.date.slice(0, 7);
    const row = months.get(key) ?? { month: key, label: formatMonth(d.date), reviews: 0, days: 0 };
    row.reviews += d.count;
    if (d.count > 0) row.days++;
    months.set(key, row);
  }
  return [...months.values()];
}
