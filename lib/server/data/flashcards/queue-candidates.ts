import "server-only";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import type { SrsState as StateColumn } from "@/lib/generated/prisma/enums";
import type { QueueCandidate } from "@/lib/flashcards/queue";
import { STATE_FROM_COLUMN } from "./internal/card-columns";
import { jsonColumn } from "./internal/json-column";

/*
 * The SQL behind the review queue. Each query reads one range of the StudentCard
 * (userId, state, due) index, so its cost follows what is due today rather than how many
 * cards the student has, and reads that table alone: each row carries its card's sibling key and
 * its deck (copies the database keeps, see the StudentCard model). Suspended and still-buried
 * cards and cards of decks the student removed are filtered here, which is what buildQueue would
 * otherwise drop. Exported as SQL so the benchmark can EXPLAIN exactly what runs.
 */

type Db = Pick<PrismaClient, "$queryRaw">;

/** The decks a student studies: the topic decks they added (topic ids) and their own decks (deck ids). */
export type DeckScope = { topicIds: readonly string[]; deckIds: readonly string[] };
type CandidateRow = { id: string; state: StateColumn; due: Date; lastReview: Date | null; siblingKey: string; deck: string };

/** The deck keys ("t:<topic id>", "d:<deck id>") of the decks in scope. */
export function deckKeys(decks: DeckScope): string[] {
  return [...decks.topicIds.map((id) => `t:${id}`), ...decks.deckIds.map((id) => `d:${id}`)];
}

const candidateColumns = Prisma.sql`sc."id", sc."state", sc."due", sc."lastReview", sc."siblingKey", sc."deckKey" AS "deck"`;

/** Not suspended, not buried past `now`, and in one of the decks the student studies. */
function available(now: Date, decks: DeckScope): Prisma.Sql {
  return Prisma.sql`NOT sc."suspended" AND (sc."buriedUntil" IS NULL OR sc."buriedUntil" <= ${now}) AND sc."deckKey" = ANY(${deckKeys(decks)}::text[])`;
}

function toCandidate(row: CandidateRow): QueueCandidate {
  return { id: row.id, state: STATE_FROM_COLUMN[row.state], due: row.due, lastReview: row.lastReview, siblingKey: row.siblingKey, suspended: false, buriedUntil: null, deck: row.deck };
}

/** (Re)learning cards due by `learnAheadUntil` (the learn-ahead limit from now) and review cards due before the next day starts. */
export function dueCandidatesSql(userId: string, decks: DeckScope, now: Date, nextDayStart: Date, learnAheadUntil: Date = now): Prisma.Sql {
  return Prisma.sql`
    SELECT ${candidateColumns} FROM "StudentCard" sc
    WHERE sc."userId" = ${userId} AND sc."state" IN ('LEARNING', 'RELEARNING') AND sc."due" <= ${learnAheadUntil} AND ${available(now, decks)}
    UNION ALL
    SELECT ${candidateColumns} FROM "StudentCard" sc
    WHERE sc."userId" = ${userId} AND sc."state" = 'REVIEW' AND sc."due" < ${nextDayStart} AND ${available(now, decks)}`;
}

/** The next `limit` new cards in the order they are introduced (due, then id), after `after`. */
export function newCandidatesSql(userId: string, decks: DeckScope, now: Date, after: { due: Date; id: string } | null, limit: number): Prisma.Sql {
  const from = after ? Prisma.sql`AND (sc."due", sc."id") > (${after.due}, ${after.id})` : Prisma.empty;
  return Prisma.sql`
    SELECT ${candidateColumns} FROM "StudentCard" sc
    WHERE sc."userId" = ${userId} AND sc."state" = 'NEW' ${from} AND ${available(now, decks)}
    ORDER BY sc."due", sc."id"
    LIMIT ${limit}`;
}

/**
 * Today's reviews, from the log (indexed by user and time): the sibling keys reviewed in decks
 * the student has, which stay taken all day, and how many new cards were introduced, in any deck.
 */
export function reviewedTodaySql(userId: string, decks: DeckScope, dayStart: Date): Prisma.Sql {
  return Prisma.sql`
    SELECT sc."siblingKey", sc."deckKey" AS "deck",
      COUNT(*) FILTER (WHERE r."stateBefore" = 'NEW')::int AS "introduced",
      COUNT(*) FILTER (WHERE r."stateBefore" = 'REVIEW')::int AS "reviewed",
      sc."deckKey" = ANY(${deckKeys(decks)}::text[]) AS "subscribed"
    FROM "ReviewLog" r JOIN "StudentCard" sc ON sc."id" = r."studentCardId"
    WHERE r."userId" = ${userId} AND r."reviewedAt" >= ${dayStart}
    GROUP BY sc."siblingKey", sc."deckKey"`;
}

/** A candidate as one JSON array: [id, state, due ms, last review ms | null, sibling key, deck]. */
function candidateJson(alias: string): Prisma.Sql {
  const a = Prisma.raw(alias);
  return Prisma.sql`json_build_array(${a}."id", ${a}."state", (extract(epoch FROM ${a}."due") * 1000)::bigint, (extract(epoch FROM ${a}."lastReview") * 1000)::bigint, ${a}."siblingKey", ${a}."deck")`;
}

/**
 * What the queue needs, read in one statement: the due candidates, today's reviews and the first
 * page of new cards, each aggregated into one JSON column (one value to decode instead of one row
 * per card). Each part is the same query as on its own, so it reads the same index ranges.
 */
export function queueInputsSql(userId: string, decks: DeckScope, now: Date, dayStart: Date, nextDayStart: Date, learnAheadUntil: Date, newPage: number): Prisma.Sql {
  return Prisma.sql`SELECT
    (SELECT COALESCE(json_agg(${candidateJson("d")}), '[]'::json) FROM (${dueCandidatesSql(userId, decks, now, nextDayStart, learnAheadUntil)}) d) AS "due",
    (SELECT COALESCE(json_agg(json_build_array(t."siblingKey", t."deck", t."introduced", t."reviewed", t."subscribed")), '[]'::json) FROM (${reviewedTodaySql(userId, decks, dayStart)}) t) AS "today",
    (SELECT COALESCE(json_agg(${candidateJson("f")} ORDER BY f."due", f."id"), '[]'::json) FROM (${newCandidatesSql(userId, decks, now, null, newPage)}) f) AS "fresh"`;
}

type CandidateJson = [id: string, state: StateColumn, due: number, lastReview: number | null, siblingKey: string, deck: string];
type TodayRow = { siblingKey: string; deck: string; introduced: number; reviewed: number; subscribed: boolean };
type TodayJson = [siblingKey: string, deck: string, introduced: number, reviewed: number, subscribed: boolean];

function candidateFromJson([id, state, due, lastReview, siblingKey, deck]: CandidateJson): QueueCandidate {
  return { id, state: STATE_FROM_COLUMN[state], due: new Date(due), lastReview: lastReview === null ? null : new Date(lastReview), siblingKey, suspended: false, buriedUntil: null, deck };
}

export type QueueInputs = { due: QueueCandidate[]; today: ReviewedToday; fresh: QueueCandidate[] };

/** The columns queueInputsSql reads, as the driver returns them. */
export type QueueInputsRow = { due: unknown; today: unknown; fresh: unknown };

export function toQueueInputs(row: QueueInputsRow): QueueInputs {
  const today = jsonColumn<TodayJson[]>(row.today).map(([siblingKey, deck, introduced, reviewed, subscribed]): TodayRow => ({ siblingKey, deck, introduced, reviewed, subscribed }));
  return {
    due: jsonColumn<CandidateJson[]>(row.due).map(candidateFromJson),
    today: summarizeToday(today),
    fresh: jsonColumn<CandidateJson[]>(row.fresh).map(candidateFromJson),
  };
}

export async function loadQueueInputs(db: Db, ...args: Parameters<typeof queueInputsSql>): Promise<QueueInputs> {
  const [row] = await db.$queryRaw<QueueInputsRow[]>(queueInputsSql(...args));
  return toQueueInputs(row!);
}

export async function loadNewCandidates(
  db: Db,
  userId: string,
  decks: DeckScope,
  now: Date,
  after: { due: Date; id: string } | null,
  limit: number,
): Promise<QueueCandidate[]> {
  return (await db.$queryRaw<CandidateRow[]>(newCandidatesSql(userId, decks, now, after, limit))).map(toCandidate);
}

export type ReviewedToday = {
  siblingKeys: string[];
  /** New cards introduced and review cards reviewed today, in every deck, and per deck key. */
  newIntroduced: number;
  reviewed: number;
  byDeck: Map<string, { introduced: number; reviewed: number }>;
};

function summarizeToday(rows: readonly TodayRow[]): ReviewedToday {
  const byDeck = new Map<string, { introduced: number; reviewed: number }>();
  for (const r of rows) {
    const d = byDeck.get(r.deck) ?? { introduced: 0, reviewed: 0 };
    d.introduced += r.introduced;
    d.reviewed += r.reviewed;
    byDeck.set(r.deck, d);
  }
  return {
    siblingKeys: rows.filter((r) => r.subscribed).map((r) => r.siblingKey),
    newIntroduced: rows.reduce((sum, r) => sum + r.introduced, 0),
    reviewed: rows.reduce((sum, r) => sum + r.reviewed, 0),
    byDeck,
  };
}
