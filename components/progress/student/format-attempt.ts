import { zonedFormat } from "@/components/ui/format";

/**
 * "28 Nov 2026, 18:23" in the student's zone (named once in the page header). The zone comes
 * from their account, so the server-rendered text matches what the browser would show.
 */
export function formatLocalDateTime(d: Date, timeZone: string): string {
  return zonedFormat("h23", timeZone).format(d);
}
