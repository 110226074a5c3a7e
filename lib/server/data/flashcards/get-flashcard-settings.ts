import "server-only";
import { getDb } from "@/lib/server/db";
import type { FlashcardSettings } from "@/lib/flashcards/settings";
import type { Actor } from "@/lib/server/data/actor";
import { readSettings } from "./internal/read-settings";

/** The actor's own scheduling settings (defaults until they save some). */
export async function getFlashcardSettings(actor: Actor): Promise<FlashcardSettings> {
  return readSettings(getDb(), actor.id);
}
