import "server-only";
import { getDb } from "@/lib/server/db";
import { ValidationError, type FieldErrors } from "@/lib/server/errors";
import { settingsSchema, type SrsSettings } from "@/lib/srs/settings";
import type { Actor } from "../actor";

/**
 * Saves the actor's scheduling settings. Cards keep their current due dates; the new settings
 * apply from each card's next review.
 */
export async function updateSrsSettings(actor: Actor, input: unknown): Promise<SrsSettings> {
  const parsed = settingsSchema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors: FieldErrors = {};
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? "settings");
      fieldErrors[field] ??= issue.message;
    }
    throw new ValidationError("Some settings need fixing before they can be saved.", fieldErrors);
  }
  await getDb().srsSettings.upsert({
    where: { userId: actor.id },
    create: { userId: actor.id, settings: parsed.data },
    update: { settings: parsed.data },
  });
  return parsed.data;
}
