const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
const date = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

/** Dates are shown in UTC so server-rendered text never disagrees with the browser's hydration. */
export function formatDateTime(d: Date): string {
  return `${dateTime.format(d)} UTC`;
}

export function formatDate(d: Date): string {
  return date.format(d);
}

/** In the student's own zone, for server-rendered pages (the zone comes from their account, so server and browser agree). */
export function formatDateTimeIn(d: Date, timeZone: string): string {
  try {
    // dateStyle/timeStyle can't be combined with timeZoneName, so the parts are spelled out.
    return new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone, timeZoneName: "short" }).format(d);
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
