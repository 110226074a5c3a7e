import "server-only";
import { getDb } from "@/lib/server/db";
import type { FlashcardSettings } from "@/lib/flashcards/settings";
import type { Actor } from "@/lib/server/data/actor";
import { readSettingsForUpdate } from "./internal/read-settings-for-update";

/**
 * Goes back to FSRS' default parameters for the actor's own scheduling. Other settings and the
 * record of the last optimization stay; cards keep their due dates and follow the defaults from
 * their next review.
 */
export async function resetFsrsParameters(actor: Actor): Promise<FlashcardSettings> {
  return getDb().$transaction(async (tx) => {
    const settings = { ...(await readSettingsForUpdate(tx, actor.id)), fsrsParameters: null };
    await tx.srsSettings.upsert({ where: { userId: actor.id }, create: { userId: actor.id, settings }, update: { settings } });
    return settings;
  });
}
