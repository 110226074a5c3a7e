const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
const date = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

/**
 * In UTC, marked as such: only for a reader without an account zone (a fallback). Everywhere else
 * dates are in the account's zone, which server and browser agree on.
 */
export function formatDateTime(d: Date): string {
  return `${dateTime.format(d)} UTC`;
}

const zonedDates = new Map<string, Intl.DateTimeFormat>();

/** "4 Dec 2026": the calendar day in the account's zone (a join late in the evening is that day there, not UTC's). */
export function formatDateIn(d: Date, timeZone: string): string {
  let format = zonedDates.get(timeZone);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone });
    } catch {
      return date.format(d);
    }
    zonedDates.set(timeZone, format);
  }
  return format.format(d);
}

// Formatters for a zone, built once: building one costs about 0.1 ms, and a team's results table
// prints a time per member. Only zones that built are kept, so the map stays within the IANA list.
const zoned = new Map<string, Intl.DateTimeFormat>();

/** A cached en-GB formatter of `style` in `timeZone`; throws a RangeError for an unknown zone. */
export function zonedFormat(style: "withZoneName" | "h23", timeZone: string): Intl.DateTimeFormat {
  const key = `${style} ${timeZone}`;
  let format = zoned.get(key);
  if (!format) {
    const parts = { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone } as const;
    // dateStyle/timeStyle can't be combined with timeZoneName, so the parts are spelled out.
    format = new Intl.DateTimeFormat("en-GB", style === "withZoneName" ? { ...parts, timeZoneName: "short" } : { ...parts, hourCycle: "h23" });
    zoned.set(key, format);
  }
  return format;
}

/** In the student's own zone, for server-rendered pages (the zone comes from their account, so server and browser agree). */
export function formatDateTimeIn(d: Date, timeZone: string): string {
  try {
    return zonedFormat("withZoneName", timeZone).format(d);
  } catch {
    return formatDateTime(d);
  }
}

/** "45 s", "8 min 20 s", "1 h 5 min": how long something took, in the largest sensible units. */
export function formatDuration(seconds: number | null): string {
  if (seconds === null) return "—";
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return seconds % 60 === 0 ? `${minutes} min` : `${minutes} min ${seconds % 60} s`;
  const hours = Math.floor(minutes / 60);
  return minutes % 60 === 0 ? `${hours} h` : `${hours} h ${minutes % 60} min`;
}
