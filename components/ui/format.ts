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
    return new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone, timeZoneName: "short" }).format(d);
  } catch {
    return formatDateTime(d);
  }
}
