import "server-only";
import { studiedDecks } from "./studied-decks";
import type { Db } from "@/lib/server/db";
import { LEECH_TAG } from "@/lib/flashcards/leech";
import { DIFFICULTY_BOUNDS, STABILITY_BOUNDS } from "@/lib/flashcards/stats-buckets";
import type { DayCount } from "@/lib/time/calendar-days";

type State = "NEW" | "LEARNING" | "REVIEW" | "RELEARNING";

export type CardFigures = {
  /** Due (non-new, unsuspended) cards per local due day up to `lastDay`; overdue ones on `today`. */
  forecast: DayCount[];
  states: { state: State; count: number; suspended: number; leeches: number }[];
  /** width_bucket indexes over STABILITY_BOUNDS / DIFFICULTY_BOUNDS, of cards reviewed at least once. */
  stability: { bucket: number; count: number }[];
  difficulty: { bucket: number; count: number }[];
};

type Row = { kind: "state" | "due" | "stability" | "difficulty"; key: string; count: number; suspended: number; leeches: number };

/**
 * The card figures of the statistics (forecast, states, stability and difficulty) in one pass over
 * the student's cards in the decks they study now: the cards are read once into a materialized
 * set and every figure is aggregated from it. The decks are passed as ids, so the planner
 * sizes the join from the topics' statistics: through the subscription join it guessed 340 rows
 * for a 100,000-card collection and probed two indexes per card, where hash joins are far cheaper.
 */
export async function queryCardFigures(db: Db, input: { userId: string; timeZone: string; today: string; lastDay: string }): Promise<CardFigures> {
  const { userId, timeZone, today, lastDay } = input;
  const { topicIds, deckIds } = await studiedDecks(db, userId);
  if (topicIds.length === 0 && deckIds.length === 0) return { forecast: [], states: [], stability: [], difficulty: [] };
  const rows = await db.$queryRaw<Row[]>`
    WITH mine AS MATERIALIZED (
      SELECT sc."state", sc."suspended", ${LEECH_TAG} = ANY(sc."tags") AS leech, sc."stability", sc."difficulty",
             ((sc."due" AT TIME ZONE 'UTC') AT TIME ZONE ${timeZone})::date AS due_day
      FROM "StudentCard" sc
      JOIN "Card" c ON c.id = sc."cardId"
      JOIN "CardNote" n ON n.id = c."noteId"
      WHERE sc."userId" = ${userId} AND (n."topicId" = ANY(${[...topicIds]}::text[]) OR n."deckId" = ANY(${[...deckIds]}::text[]))
    )
    SELECT 'state' AS kind, "state"::text AS key, count(*)::int AS count,
           count(*) FILTER (WHERE "suspended")::int AS suspended, count(*) FILTER (WHERE leech)::int AS leeches
    FROM mine GROUP BY "state"
    UNION ALL
    SELECT 'due', to_char(GREATEST(due_day, ${today}::date), 'YYYY-MM-DD'), count(*)::int, 0, 0
    FROM mine WHERE "state" <> 'NEW' AND NOT "suspended" AND due_day <= ${lastDay}::date GROUP BY 2
    UNION ALL
    SELECT 'stability', width_bucket("stability", ${[...STABILITY_BOUNDS]}::float8[])::text, count(*)::int, 0, 0
    FROM mine WHERE "state" <> 'NEW' GROUP BY 2
    UNION ALL
    SELECT 'difficulty', width_bucket("difficulty", ${DIFFICULTY_BOUNDS}::float8[])::text, count(*)::int, 0, 0
    FROM mine WHERE "state" <> 'NEW' GROUP BY 2`;
  const of = (kind: Row["kind"]) => rows.filter((r) => r.kind === kind);
  return {
    forecast: of("due").map((r) => ({ date: r.key, count: r.count })),
    states: of("state").map((r) => ({ state: r.key as State, count: r.count, suspended: r.suspended, leeches: r.leeches })),
    stability: of("stability").map((r) => ({ bucket: Number(r.key), count: r.count })),
    difficulty: of("difficulty").map((r) => ({ bucket: Number(r.key), count: r.count })),
  };
}
