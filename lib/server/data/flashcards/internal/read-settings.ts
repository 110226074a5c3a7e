import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { DEFAULT_FLASHCARD_SETTINGS, settingsSchema, type FlashcardSettings } from "@/lib/flashcards/settings";

/**
 * Stored settings as the scheduler uses them. Fields added to the schema later take their
 * defaults; a stored value that no longer validates falls back to the defaults rather than
 * blocking reviews; no row means the defaults.
 */
export function parseSettings(json: unknown): FlashcardSettings {
  if (json === null || json === undefined) return DEFAULT_FLASHCARD_SETTINGS;
  const parsed = settingsSchema.safeParse(json);
  return parsed.success ? parsed.data : DEFAULT_FLASHCARD_SETTINGS;
}

/** A student's scheduling settings, or the defaults if they never saved any. */
export async function readSettings(db: Pick<PrismaClient, "srsSettings">, userId: string): Promise<FlashcardSettings> {
  const row = await db.srsSettings.findUnique({ where: { userId }, select: { settings: true } });
  return parseSettings(row?.settings);
}
