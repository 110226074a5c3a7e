import { TZDate } from "@date-fns/tz";
import { isValidTimeZone } from "./day-bounds";

/** "YYYY-MM-DDTHH:mm", what an `<input type="datetime-local">` holds. */
export const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/**
 * The instant a wall-clock time names in a zone ("2026-12-07T09:00" in Europe/Berlin is 08:00
 * UTC), or null for text that isn't one. A time skipped by a daylight-saving change moves forward
 * as the clocks did; an ambiguous one (clocks turned back) is its first occurrence.
 */
export function instantFromLocal(local: string, timeZone: string): Date | null {
  const m = LOCAL_DATE_TIME.exec(local);
  if (!m) return null;
  const [year, month, day, hour, minute] = m.slice(1).map(Number) as [number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return null;
  const d = new TZDate(year, month - 1, day, hour, minute, isValidTimeZone(timeZone) ? timeZone : "UTC");
  // 31 February rolls over into March: not a date the author meant.
  if (d.getMonth() !== month - 1) return null;
  return new Date(d.getTime());
}

/** The wall-clock time of an instant in a zone, in the datetime-local shape. */
export function localFromInstant(instant: Date, timeZone: string): string {
  const d = new TZDate(instant.getTime(), isValidTimeZone(timeZone) ? timeZone : "UTC");
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
