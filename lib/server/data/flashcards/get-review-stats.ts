import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { getDb } from "@/lib/server/db";
import { DEFAULT_TIME_ZONE, isValidTimeZone, localDateKey, localMidnight } from "@/lib/time/day-bounds";
import { DIFFICULTY_LABELS, fillBuckets, STABILITY_LABELS, type BucketCount } from "@/lib/flashcards/stats-buckets";
import { addDays, fillDays, type DayCount } from "@/lib/time/calendar-days";
import type { Actor } from "@/lib/server/data/actor";
import { queryCardFigures } from "./internal/review-card-figures";

export const FORECAST_DAYS = 30;

export type Ratio = { passed: number; total: number };

export type ReviewStats = {
  /** The zone the days are counted in, and the student's today in it ("YYYY-MM-DD"). */
  timeZone: string;
  today: string;
  /** Reviews per local day, oldest first, only days with reviews (all time). */
  days: DayCount[];
  /** Cards due on each of the next 30 local days; today includes everything overdue. */
  forecast: DayCount[];
  /** First review of a card on a local day, card in review before it: Again fails, the rest pass. */
  retention: { last7: Ratio; last30: Ratio; allTime: Ratio };
  cards: { new: number; learning: number; review: number; relearning: number; suspended: number; leeches: number; total: number };
  /** Cards reviewed at least once, by FSRS stability and by difficulty. */
  stability: BucketCount[];
  difficulty: BucketCount[];
};

/** A timestamp column (stored as UTC without zone) as the student's local calendar date. */
function localDate(column: Prisma.Sql, timeZone: string): Prisma.Sql {
  return Prisma.sql`((${column} AT TIME ZONE 'UTC') AT TIME ZONE ${timeZone})::date`;
}

/**
 * The actor's own review statistics, counted in PostgreSQL by local day of their time zone.
 * History (calendar, retention) covers every review they made; the card figures (forecast,
 * states, distributions) cover the cards of the decks they study now, as the review queue does.
 */
export async function getReviewStats(actor: Actor, now: Date): Promise<ReviewStats> {
  const db = getDb();
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { timeZone: true } });
  const timeZone = isValidTimeZone(user.timeZone) ? user.timeZone : DEFAULT_TIME_ZONE;
  const today = localDateKey(now, timeZone);
  const lastForecastDay = addDays(today, FORECAST_DAYS - 1);

  const since7 = localMidnight(addDays(today, -6), timeZone).toISOString();
  const since30 = localMidnight(addDays(today, -29), timeZone).toISOString();
  const [days, retention, cardFigures] = await Promise.all([
    // Counted per 15 minutes first, then each quarter-hour converted to a local date: every UTC
    // offset in use (since the 1980s) is a multiple of 15 minutes, so a quarter-hour never spans two
    // local dates, and a million reviews take a few thousand zone conversions instead of a million.
    db.$queryRaw<DayCount[]>`
      SELECT to_char(${localDate(Prisma.sql`q.quarter`, timeZone)}, 'YYYY-MM-DD') AS date, sum(q.n)::int AS count
      FROM (
        SELECT date_bin('15 minutes', "reviewedAt", TIMESTAMP '2000-01-01') AS quarter, count(*) AS n
        FROM "ReviewLog" WHERE "userId" = ${actor.id} GROUP BY 1
      ) q
      GROUP BY 1 ORDER BY 1`,
    // Each card's first review of a local day is flagged when it is written (ReviewLog.firstOfDay);
    // only those count, and only when the card was in review before them. The last 7 and 30 local
    // days start at instants worked out here, so the count is an index-only range scan with no
    // time-zone conversion per review.
    db.$queryRaw<{ passed7: number; total7: number; passed30: number; total30: number; passedAll: number; totalAll: number }[]>`
      SELECT
        count(*) FILTER (WHERE "reviewedAt" >= ${since7}::timestamp AND "rating" <> 'AGAIN')::int AS "passed7",
        count(*) FILTER (WHERE "reviewedAt" >= ${since7}::timestamp)::int AS "total7",
        count(*) FILTER (WHERE "reviewedAt" >= ${since30}::timestamp AND "rating" <> 'AGAIN')::int AS "passed30",
        count(*) FILTER (WHERE "reviewedAt" >= ${since30}::timestamp)::int AS "total30",
        count(*) FILTER (WHERE "rating" <> 'AGAIN')::int AS "passedAll",
        count(*)::int AS "totalAll"
      FROM "ReviewLog"
      WHERE "userId" = ${actor.id} AND "firstOfDay" AND "stateBefore" = 'REVIEW'`,
    queryCardFigures(db, { userId: actor.id, timeZone, today, lastDay: lastForecastDay }),
  ]);
  const { forecast, states, stability, difficulty } = cardFigures;

  const r = retention[0] ?? { passed7: 0, total7: 0, passed30: 0, total30: 0, passedAll: 0, totalAll: 0 };
  const byState = (state: (typeof states)[number]["state"]) => states.find((s) => s.state === state)?.count ?? 0;
  return {
    timeZone,
    today,
    days: days.map((d) => ({ date: d.date, count: d.count })),
    forecast: fillDays(forecast, today, lastForecastDay),
    retention: {
      last7: { passed: r.passed7, total: r.total7 },
      last30: { passed: r.passed30, total: r.total30 },
      allTime: { passed: r.passedAll, total: r.totalAll },
    },
    cards: {
      new: byState("NEW"),
      learning: byState("LEARNING"),
      review: byState("REVIEW"),
      relearning: byState("RELEARNING"),
      suspended: states.reduce((n, s) => n + s.suspended, 0),
      leeches: states.reduce((n, s) => n + s.leeches, 0),
      total: states.reduce((n, s) => n + s.count, 0),
    },
    stability: fillBuckets(stability, STABILITY_LABELS),
    difficulty: fillBuckets(difficulty, DIFFICULTY_LABELS),
  };
}
