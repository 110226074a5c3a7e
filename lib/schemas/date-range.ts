import { TZDate } from "@date-fns/tz";
import { z } from "zod";
import { addDays, daysBetween } from "@/lib/time/calendar-days";
import { DEFAULT_TIME_ZONE, isValidTimeZone, localDateKey } from "@/lib/time/day-bounds";
import { text } from "@/lib/schemas/text";

/** The longest period a dashboard or export may cover, in calendar days (both ends included). */
export const MAX_RANGE_DAYS = 366;
/** The period shown when none is chosen: the last 30 days, today included. */
export const DEFAULT_RANGE_DAYS = 30;

const DAY_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;

function isCalendarDate(key: string): boolean {
  const m = DAY_KEY.exec(key);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === key;
}

const bothDates = (r: { from: string; to: string }) => isCalendarDate(r.from) && isCalendarDate(r.to);

const dayKey = (label: string) =>
  text()
    .trim()
    .regex(DAY_KEY, `The ${label} date must be written as YYYY-MM-DD, e.g. 2026-05-31.`)
    .refine(isCalendarDate, `The ${label} date isn't a day in the calendar.`);

/** A period of whole calendar days, as chosen in a filter ("YYYY-MM-DD", both days included). */
export const dateRangeSchema = z
  .object({ from: dayKey("start"), to: dayKey("end") })
  // Zod runs object checks even when a field failed, so each check first makes sure both are dates.
  .refine((r) => !bothDates(r) || r.from <= r.to, { message: "The start date must be on or before the end date.", path: ["from"] })
  .refine((r) => !bothDates(r) || r.from > r.to || daysBetween(r.from, r.to) + 1 <= MAX_RANGE_DAYS, {
    message: `Choose at most ${MAX_RANGE_DAYS} days; pick a later start date or an earlier end date.`,
    path: ["from"],
  });

export type DateRangeInput = z.infer<typeof dateRangeSchema>;

/** A parsed period: its calendar days and the instants it spans, [start, end). */
export type DateRange = DateRangeInput & { days: number; start: Date; end: Date };

export type DateRangeResult = { ok: true; range: DateRange } | { ok: false; error: string; field: "from" | "to" };

/** Local midnight of a calendar day in the zone, as an instant (daylight-saving safe). */
function startOfLocalDay(key: string, timeZone: string): Date {
  const [y, m, d] = key.split("-").map(Number) as [number, number, number];
  return new Date(new TZDate(y, m - 1, d, timeZone).getTime());
}

/** The last `days` days up to today (included) in the zone. */
export function lastDays(days: number, now: Date, timeZone: string): DateRangeInput {
  const to = localDateKey(now, timeZone);
  return { from: addDays(to, -(days - 1)), to };
}

/**
 * Reads a period from query parameters. A missing end is today, a missing start is 30 days before
 * the end; days are counted in `timeZone` (the viewer's), so "today" is the viewer's today.
 */
export function parseDateRange(params: { from?: string | null; to?: string | null }, now: Date, timeZone: string): DateRangeResult {
  const zone = isValidTimeZone(timeZone) ? timeZone : DEFAULT_TIME_ZONE;
  const blank = (v: string | null | undefined) => (v === undefined || v === null || v.trim() === "" ? undefined : v);
  const today = localDateKey(now, zone);
  const to = blank(params.to) ?? today;
  const from = blank(params.from) ?? addDays(isCalendarDate(to.trim()) ? to.trim() : today, -(DEFAULT_RANGE_DAYS - 1));
  const parsed = dateRangeSchema.safeParse({ from, to });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, error: issue.message, field: issue.path[0] === "to" ? "to" : "from" };
  }
  const range = parsed.data;
  return {
    ok: true,
    range: {
      ...range,
      days: daysBetween(range.from, range.to) + 1,
      start: startOfLocalDay(range.from, zone),
      end: startOfLocalDay(addDays(range.to, 1), zone),
    },
  };
}

/** The default period (the last 30 days), shown while a bad one is reported. */
export function defaultDateRange(now: Date, timeZone: string): DateRange {
  const result = parseDateRange({}, now, timeZone);
  // Today and the 29 days before it always pass the schema.
  if (!result.ok) throw new Error(result.error);
  return result.range;
}
