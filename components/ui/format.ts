const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
const date = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

/** Dates are shown in UTC so server-rendered text never disagrees with the browser's hydration. */
export function formatDateTime(d: Date): string {
  return `${dateTime.format(d)} UTC`;
}

export function formatDate(d: Date): string {
  return date.format(d);
}
