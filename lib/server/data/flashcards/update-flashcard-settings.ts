import "server-only";
import { getDb } from "@/lib/server/db";
import { ValidationError, type FieldErrors } from "@/lib/server/errors";
import { settingsSchema, type FlashcardSettings } from "@/lib/flashcards/settings";
import type { Actor } from "@/lib/server/data/actor";
import { readSettingsForUpdate } from "./internal/read-settings-for-update";

/**
 * Saves the actor's scheduling settings. Cards keep their current due dates; the new settings
 * apply from each card's next review. Personal FSRS parameters are not part of the form: they
 * change only by optimizing or resetting, so the stored ones are kept whatever the input says.
 */
export async function updateFlashcardSettings(actor: Actor, input: unknown): Promise<FlashcardSettings> {
  const parsed = settingsSchema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors: FieldErrors = {};
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? "settings");
      fieldErrors[field] ??= issue.message;
    }
    throw new ValidationError("Some settings need fixing before they can be saved.", fieldErrors);
  }
  return getDb().$transaction(async (tx) => {
    const stored = await readSettingsForUpdate(tx, actor.id);
    const settings = { ...parsed.data, fsrsParameters: stored.fsrsParameters };
    await tx.srsSettings.update({ where: { userId: actor.id }, data: { settings } });
    return settings;
  });
}
