import "server-only";

const dateTimeFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeStyle: "short", timeZone: "UTC" });

/** "2 March 2026 at 10:00 UTC": how error messages name a moment. */
export function formatUtcDateTime(date: Date): string {
  return `${dateTimeFormat.format(date)} UTC`;
}
