import "server-only";
import type { Db } from "@/lib/server/db";
import { daysBetween } from "@/lib/time/calendar-days";
import { dayBounds, localDateKey } from "@/lib/time/day-bounds";
import type { TeamLearner } from "./team-members";

export type Overdue = {
  /** Cards in review (not new, not suspended, in decks the member studies) due before their today. */
  cards: number;
  /** Local days from the oldest overdue card's due day to the member's today; null with none overdue. */
  oldestDays: number | null;
};

/**
 * Overdue reviews per member, counted in PostgreSQL. "Overdue" means due before the start of the
 * member's own local today (their time zone), so a card due later today is not yet late. Each
 * member's day start is computed here (daylight-saving aware) and passed in with their id.
 */
export async function teamOverdue(db: Db, learners: readonly TeamLearner[], now: Date): Promise<Map<string, Overdue>> {
  const result = new Map<string, Overdue>(learners.map((l) => [l.userId, { cards: 0, oldestDays: null }]));
  if (learners.length === 0) return result;
  const ids = learners.map((l) => l.userId);
  // Members share a handful of zones: each zone's day start and date are worked out once.
  const zones = new Map<string, { dayStart: string; today: string }>();
  const zone = (tz: string) => {
    let z = zones.get(tz);
    if (!z) zones.set(tz, (z = { dayStart: dayBounds(now, tz).dayStart.toISOString(), today: localDateKey(now, tz) }));
    return z;
  };
  const dayStarts = learners.map((l) => zone(l.timeZone).dayStart);
  // Per member, an index range scan of their own cards due before their day start
  // (StudentCard(userId, suspended, due)); OFFSET 0 keeps it a per-member lookup.
  const rows = await db.$queryRaw<{ userId: string; cards: number; oldest: Date }[]>`
    SELECT m.id AS "userId", o.cards, o.oldest
    FROM unnest(${ids}::text[], ${dayStarts}::timestamp[]) AS m(id, day_start)
    CROSS JOIN LATERAL (
      SELECT count(*)::int AS cards, min(sc."due") AS oldest
      FROM "StudentCard" sc
      JOIN "Card" c ON c.id = sc."cardId"
      JOIN "CardNote" n ON n.id = c."noteId"
      JOIN "DeckSubscription" s ON s."userId" = m.id AND s."topicId" = n."topicId"
      WHERE sc."userId" = m.id AND NOT sc."suspended" AND sc."due" < m.day_start AND sc."state" <> 'NEW'
      OFFSET 0
    ) o
    WHERE o.cards > 0`;
  const zoneOf = new Map(learners.map((l) => [l.userId, l.timeZone]));
  for (const row of rows) {
    const tz = zoneOf.get(row.userId)!;
    result.set(row.userId, { cards: row.cards, oldestDays: daysBetween(localDateKey(row.oldest, tz), zone(tz).today) });
  }
  return result;
}
