import { TZDate } from "@date-fns/tz";
import { addDays, startOfDay } from "date-fns";

/** The IANA zone used when a student hasn't chosen one (and for any zone the runtime doesn't know). */
export const DEFAULT_TIME_ZONE = "UTC";

// One date formatter per known zone. Building an Intl.DateTimeFormat costs far more than using
// one (about 0.1 ms here), and a team dashboard asks for 200 members' dates at once. Only zones
// the runtime knows are cached, so the map is bounded by the IANA list whatever users type.
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(zone: string): Intl.DateTimeFormat | null {
  const cached = dateFormats.get(zone);
  if (cached) return cached;
  if (zone.length === 0 || zone.length > 64) return null;
  try {
    const format = new Intl.DateTimeFormat("en-CA", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit" });
    dateFormats.set(zone, format);
    return format;
  } catch {
    return null;
  }
}

/** True when the runtime knows this IANA zone name ("Europe/Berlin", "UTC"). */
export function isValidTimeZone(zone: string): boolean {
  return dateFormat(zone) !== null;
}

function zoneOrDefault(zone: string): string {
  return isValidTimeZone(zone) ? zone : DEFAULT_TIME_ZONE;
}

/**
 * The instants at which the student's current day starts and the next one starts, in their
 * time zone. Days are not always 24 h long (daylight-saving changes), so both ends are computed
 * from local midnights rather than by adding 86,400,000 ms.
 */
export function dayBounds(now: Date, timeZone: string): { dayStart: Date; nextDayStart: Date } {
  const local = new TZDate(now.getTime(), zoneOrDefault(timeZone));
  const start = startOfDay(local);
  const next = startOfDay(addDays(start, 1));
  return { dayStart: new Date(start.getTime()), nextDayStart: new Date(next.getTime()) };
}

/** The student's local calendar date of an instant, as "YYYY-MM-DD". */
export function localDateKey(instant: Date, timeZone: string): string {
  const parts = (dateFormat(timeZone) ?? dateFormat(DEFAULT_TIME_ZONE)!).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${get("year")}-${get("month")}-${get("day")}`;
}

/** The instant a local calendar date ("YYYY-MM-DD") begins in the zone (daylight-saving aware). */
export function localMidnight(key: string, timeZone: string): Date {
  const [year, month, day] = key.split("-").map(Number) as [number, number, number];
  return new Date(new TZDate(year, month - 1, day, zoneOrDefault(timeZone)).getTime());
}
