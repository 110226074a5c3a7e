import "server-only";
import { getDb } from "@/lib/server/db";
import type { SrsSettings } from "@/lib/srs/settings";
import type { Actor } from "@/lib/server/data/actor";
import { readSettings } from "./internal/read-settings";

/** The actor's own scheduling settings (defaults until they save some). */
export async function getSrsSettings(actor: Actor): Promise<SrsSettings> {
  return readSettings(getDb(), actor.id);
}
