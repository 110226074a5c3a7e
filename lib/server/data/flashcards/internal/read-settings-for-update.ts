import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { DEFAULT_FLASHCARD_SETTINGS, type FlashcardSettings } from "@/lib/flashcards/settings";
import { readSettings } from "./read-settings";

/**
 * Reads the actor's settings with their row locked until the transaction ends. Saving the
 * settings form, optimizing and resetting parameters each rewrite the whole settings object;
 * without the lock, one of two overlapping writes would silently undo the other. The row is
 * created with the defaults first so there is always something to lock.
 */
export async function readSettingsForUpdate(tx: Prisma.TransactionClient, userId: string): Promise<FlashcardSettings> {
  await tx.$executeRaw`INSERT INTO "SrsSettings" ("userId", "settings", "updatedAt") VALUES (${userId}, ${JSON.stringify(DEFAULT_FLASHCARD_SETTINGS)}::jsonb, now()) ON CONFLICT ("userId") DO NOTHING`;
  await tx.$queryRaw`SELECT 1 FROM "SrsSettings" WHERE "userId" = ${userId} FOR UPDATE`;
  return readSettings(tx, userId);
}
