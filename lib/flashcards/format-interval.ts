const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const MONTH = 30 * DAY;
const YEAR = 365 * DAY;

/** One decimal only where it carries meaning ("1.5h", "3.2mo"), none on whole values ("2h"). */
function short(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/** Compact interval for rating buttons: "1m", "10m", "1.5h", "1d", "3.2mo", "1.4y". */
export function formatInterval(ms: number): string {
  if (ms < HOUR) return `${Math.max(1, Math.round(ms / MINUTE))}m`;
  if (ms < DAY) return `${short(ms / HOUR)}h`;
  if (ms < MONTH) return `${Math.round(ms / DAY)}d`;
  if (ms < YEAR) return `${short(ms / MONTH)}mo`;
  return `${short(ms / YEAR)}y`;
}
