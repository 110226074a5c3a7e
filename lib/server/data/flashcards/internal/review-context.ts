import "server-only";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import type { FlashcardSettings } from "@/lib/flashcards/settings";
import { DEFAULT_TIME_ZONE } from "@/lib/time/day-bounds";
import { jsonColumn } from "./json-column";
import { parseSettings } from "./read-settings";
import { toStudiedDecks, type StudiedDecks } from "./studied-decks";

/**
 * Everything about a student that the review screen's reads and a rating share: their scheduling
 * settings, time zone (days start at their midnight) and the decks they study with each deck's
 * options. Read once per request, in one statement, and handed from the rating to the queue that
 * follows it rather than read again.
 */
export type ReviewContext = { settings: FlashcardSettings; timeZone: string; decks: StudiedDecks };

type Db = Pick<PrismaClient, "$queryRaw">;

/** The context as columns of one row (for a statement that reads something else beside it). */
export function reviewContextColumns(userId: string): Prisma.Sql {
  return Prisma.sql`
    (SELECT s."settings" FROM "SrsSettings" s WHERE s."userId" = ${userId}) AS "ctxSettings",
    (SELECT u."timeZone" FROM "User" u WHERE u."id" = ${userId}) AS "ctxTimeZone",
    (SELECT COALESCE(json_agg(json_build_object('topicId', ds."topicId", 'options', ds."options")), '[]'::json) FROM "DeckSubscription" ds WHERE ds."userId" = ${userId}) AS "ctxTopics",
    (SELECT COALESCE(json_agg(json_build_object('id', d."id", 'options', d."options")), '[]'::json) FROM "Deck" d WHERE d."ownerId" = ${userId}) AS "ctxOwn"`;
}

export type ReviewContextRow = { ctxSettings: unknown; ctxTimeZone: string | null; ctxTopics: unknown; ctxOwn: unknown };

export function toReviewContext(row: ReviewContextRow): ReviewContext {
  return {
    settings: parseSettings(jsonColumn(row.ctxSettings)),
    timeZone: row.ctxTimeZone ?? DEFAULT_TIME_ZONE,
    decks: toStudiedDecks(jsonColumn(row.ctxTopics), jsonColumn(row.ctxOwn)),
  };
}

export async function readReviewContext(db: Db, userId: string): Promise<ReviewContext> {
  const [row] = await db.$queryRaw<ReviewContextRow[]>`SELECT ${reviewContextColumns(userId)}`;
  return toReviewContext(row!);
}
