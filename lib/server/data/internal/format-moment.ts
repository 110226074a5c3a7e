import "server-only";
import type { Db } from "@/lib/server/db";

const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * "2 March 2026 at 11:00 CET": how error messages name a moment, in the reader's account zone
 * (the pages show times in it too). An unknown zone falls back to UTC, named as such.
 */
export function formatMoment(date: Date, timeZone: string): string {
  let format = formats.get(timeZone);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone, timeZoneName: "short" });
    } catch {
      return formatMoment(date, "UTC");
    }
    formats.set(timeZone, format);
  }
  return format.format(date);
}

/** The account's zone, for messages that name a moment. */
export async function actorTimeZone(db: Pick<Db, "user">, userId: string): Promise<string> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { timeZone: true } });
  return user?.timeZone ?? "UTC";
}
