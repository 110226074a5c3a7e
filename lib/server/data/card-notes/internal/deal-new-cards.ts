import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Takes the decks of these topics for a card write, until the transaction ends. `addDeck` takes
 * the same rows in share mode, so a student adding a deck while an admin adds cards to it either
 * sees the new cards or is seen by `dealNewCards`; without it both could miss each other.
 * Locks in id order so two writers never wait on each other in a cycle.
 */
export async function lockDecks(tx: Prisma.TransactionClient, topicIds: readonly string[]): Promise<void> {
  if (topicIds.length === 0) return;
  await tx.$queryRaw`SELECT "id" FROM "Topic" WHERE "id" = ANY(${[...new Set(topicIds)]}) ORDER BY "id" FOR NO KEY UPDATE`;
}

/**
 * Gives every student who has the deck of a new card a NEW state for it, due from `now` one
 * millisecond apart in note order (as `addDeck` does), so nobody has to add the deck again.
 * One statement; states a student already has are left alone. Returns the rows inserted.
 */
export async function dealNewCards(tx: Prisma.TransactionClient, cardIds: readonly string[], now: Date): Promise<number> {
  if (cardIds.length === 0) return 0;
  return tx.$executeRaw`
    INSERT INTO "StudentCard" ("id", "userId", "cardId", "due", "tags", "updatedAt")
    SELECT gen_random_uuid()::text, s."userId", c."id",
           ${now}::timestamp + (ROW_NUMBER() OVER (PARTITION BY s."userId" ORDER BY n."key", c."ordinal") - 1) * INTERVAL '1 millisecond',
           ARRAY[]::text[], ${now}::timestamp
    FROM "Card" c
    JOIN "CardNote" n ON n."id" = c."noteId"
    JOIN "DeckSubscription" s ON s."topicId" = n."topicId"
    WHERE c."id" = ANY(${[...cardIds]})
    ON CONFLICT ("userId", "cardId") DO NOTHING`;
}
