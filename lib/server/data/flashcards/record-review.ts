import "server-only";
import { z } from "zod";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CardKind, SrsState as StateColumn } from "@/lib/generated/prisma/enums";
import { NO_DECK_OPTIONS, settingsForDeck } from "@/lib/flashcards/deck-options";
import { getDb } from "@/lib/server/db";
import { ConflictError, NotFoundError } from "@/lib/server/errors";
import { SRS_RATINGS } from "@/lib/flashcards/card";
import { checkVersion, nextVersion } from "@/lib/flashcards/conflict";
import { applyLeechRule } from "@/lib/flashcards/leech";
import { scheduleReview } from "@/lib/flashcards/schedule";
import type { Actor } from "@/lib/server/data/actor";
import { RATING_COLUMN, reviewSeed, serializeBefore, STATE_COLUMN, toSrsCard, type SrsColumns } from "./internal/card-columns";
import { reviewContextColumns, toReviewContext, type ReviewContext, type ReviewContextRow } from "./internal/review-context";
import { text } from "@/lib/schemas/text";

export const recordReviewSchema = z.object({
  studentCardId: text().min(1),
  expectedVersion: z.number().int().min(0),
  rating: z.enum(SRS_RATINGS),
  durationMs: z.number().int().min(0).max(86_400_000),
  seed: z.number().int().min(0).optional(),
});

export type RecordReviewResult = { due: Date; version: number; becameLeech: boolean };

/** The card's scheduler state (null id: not the actor's, or missing) and what the rating needs of its note. */
type CardRow = SrsColumns & {
  id: string | null;
  suspended: boolean;
  tags: string[] | null;
  lapseBaseline: number;
  version: number;
  kind: CardKind;
  deckKey: string;
  siblingKey: string;
  buriedUntil: Date | null;
};

/** What the review queue needs to know of a card just rated: where it was, and where the rating put it. */
export type RatedCard = {
  id: string;
  siblingKey: string;
  deckKey: string;
  stateBefore: StateColumn;
  state: StateColumn;
  due: Date;
  lastReview: Date | null;
  suspended: boolean;
  buriedUntil: Date | null;
};

/** A rating worked out and ready to write: the statement's CTEs ("updated", then "logged", one row when it landed). */
export type PreparedRating = { review: RecordReviewResult; context: ReviewContext; rated: RatedCard; write: Prisma.Sql };

const NOT_FOUND = "This card isn't in your decks any more. Reload to continue.";

/**
 * The card (only if it is the actor's: someone else's reads as missing, with the same message, so
 * an answer never tells whether an id exists) and the actor's review context, in one statement.
 */
async function readCardAndContext(actor: Actor, studentCardId: string): Promise<{ row: CardRow; context: ReviewContext }> {
  const [row] = await getDb().$queryRaw<(CardRow & ReviewContextRow)[]>`
    SELECT card.*, ${reviewContextColumns(actor.id)}
    FROM (SELECT 1) one LEFT JOIN LATERAL (
      SELECT sc."id", sc."state", sc."due", sc."stability", sc."difficulty", sc."elapsedDays", sc."scheduledDays", sc."learningSteps",
        sc."reps", sc."lapses", sc."lastReview", sc."suspended", sc."tags", sc."lapseBaseline", sc."version", sc."deckKey", sc."siblingKey", sc."buriedUntil", n."kind"
      FROM "StudentCard" sc JOIN "Card" c ON c."id" = sc."cardId" JOIN "CardNote" n ON n."id" = c."noteId"
      WHERE sc."id" = ${studentCardId} AND sc."userId" = ${actor.id}
    ) card ON true`;
  if (!row?.id) throw new NotFoundError(NOT_FOUND);
  return { row, context: toReviewContext(row) };
}

/**
 * Works out a rating of one of the actor's cards: schedules it with the actor's settings (the
 * deck's learning steps over the account's) and applies the leech rule. The write it returns
 * updates the card and logs the review with its full prior state, in one statement, and only
 * lands if the card is still at the version the student saw (a concurrent second rating of the
 * same card matches no row and writes nothing), so no transaction needs to stay open across round
 * trips. The caller runs it (with a read of its own after it, if it likes) and passes the count of
 * "logged" rows to `confirmRating`.
 */
export async function prepareRating(actor: Actor, input: z.output<typeof recordReviewSchema>, now: Date): Promise<PreparedRating> {
  const { studentCardId, expectedVersion, rating, durationMs, seed } = input;
  const { row, context } = await readCardAndContext(actor, studentCardId);
  const check = checkVersion(expectedVersion, row.version);
  if (!check.ok) throw new ConflictError(check.message);
  const settings = settingsForDeck(context.settings, context.decks.options.get(row.deckKey) ?? NO_DECK_OPTIONS);
  const before = toSrsCard(row);
  const { card, log } = scheduleReview({ card: before, rating, now, settings, cardId: studentCardId, durationMs });
  // A list column never written reads as NULL in SQL (Prisma shows it as []).
  const flags = { tags: row.tags ?? [], suspended: row.suspended, lapseBaseline: row.lapseBaseline };
  const leech = applyLeechRule({ lapsesBefore: before.lapses, lapsesAfter: card.lapses, threshold: settings.leechThreshold, flags });
  const version = nextVersion(expectedVersion);
  const logSeed = row.kind === "COMPUTED" ? (seed ?? reviewSeed(studentCardId, before.reps)) : null;

  // "firstOfDay" is set by the table's trigger; "updatedAt" is Prisma's to keep, so it is set here.
  const write = Prisma.sql`
    WITH updated AS (
      UPDATE "StudentCard" SET
        "state" = ${STATE_COLUMN[card.state]}::"SrsState", "due" = ${card.due}::timestamp, "stability" = ${card.stability}::float8,
        "difficulty" = ${card.difficulty}::float8, "elapsedDays" = ${card.elapsedDays}::float8, "scheduledDays" = ${card.scheduledDays}::float8,
        "learningSteps" = ${card.learningSteps}::int, "reps" = ${card.reps}::int, "lapses" = ${card.lapses}::int, "lastReview" = ${card.lastReview}::timestamp,
        "tags" = ${[...leech.flags.tags]}::text[], "suspended" = ${leech.flags.suspended}::boolean, "version" = ${version}::int, "updatedAt" = ${now}::timestamp
      WHERE "id" = ${studentCardId} AND "userId" = ${actor.id} AND "version" = ${expectedVersion}::int
      RETURNING "id"
    ), logged AS (
      INSERT INTO "ReviewLog" ("userId", "studentCardId", "rating", "reviewedAt", "durationMs", "elapsedDays", "scheduledDays", "stateBefore", "before", "seed")
      SELECT ${actor.id}, updated."id", ${RATING_COLUMN[rating]}::"SrsRating", ${log.reviewedAt}::timestamp, ${log.durationMs}::int, ${log.elapsedDays}::float8,
        ${log.scheduledDays}::float8, ${STATE_COLUMN[before.state]}::"SrsState", ${JSON.stringify(serializeBefore(log.before, flags))}::jsonb, ${logSeed}::int
      FROM updated
      RETURNING 1
    )`;
  const rated: RatedCard = {
    id: studentCardId,
    siblingKey: row.siblingKey,
    deckKey: row.deckKey,
    stateBefore: STATE_COLUMN[before.state],
    state: STATE_COLUMN[card.state],
    due: card.due,
    lastReview: card.lastReview,
    suspended: leech.flags.suspended,
    buriedUntil: row.buriedUntil,
  };
  return { review: { due: card.due, version, becameLeech: leech.becameLeech }, context, rated, write };
}

/** After the write ran: a rating that logged nothing lost to another one (or its card went away). */
export async function confirmRating(actor: Actor, input: z.output<typeof recordReviewSchema>, logged: number): Promise<void> {
  if (logged === 0) throw new ConflictError(await conflictMessage(actor, input.studentCardId, input.expectedVersion));
}

/** Why a rating that matched no row lost: the card moved on (another tab), or went away. */
async function conflictMessage(actor: Actor, studentCardId: string, expectedVersion: number): Promise<string> {
  const current = await getDb().studentCard.findFirst({ where: { id: studentCardId, userId: actor.id }, select: { version: true } });
  if (!current) return NOT_FOUND;
  const again = checkVersion(expectedVersion, current.version);
  return again.ok ? "This card changed while your answer was saved. Reload to continue." : again.message;
}

/** Rates one of the actor's cards (see prepareRating). */
export async function recordReview(actor: Actor, input: z.output<typeof recordReviewSchema>, now: Date): Promise<RecordReviewResult> {
  const { review, write } = await prepareRating(actor, input, now);
  const [written] = await getDb().$queryRaw<{ logged: number }[]>`${write} SELECT COUNT(*)::int AS "logged" FROM logged`;
  await confirmRating(actor, input, written?.logged ?? 0);
  return review;
}
