import "server-only";
import { getDb } from "@/lib/server/db";
import type { Actor } from "@/lib/server/data/actor";
import { NO_FIGURES, queryDeckFigures, type DeckFigures } from "./internal/deck-figures";

export type OwnDeckSummary = { id: string; name: string; description: string } & DeckFigures;

/** The actor's own decks, by name, with what each holds and what is due. */
export async function listOwnDecks(actor: Actor, now: Date): Promise<OwnDeckSummary[]> {
  const db = getDb();
  const decks = await db.deck.findMany({ where: { ownerId: actor.id }, orderBy: [{ name: "asc" }, { id: "asc" }], select: { id: true, name: true, description: true } });
  const figures = await queryDeckFigures(
    db,
    actor.id,
    decks.map((d) => d.id),
    now,
  );
  return decks.map((d) => ({ ...d, ...(figures.get(d.id) ?? NO_FIGURES) }));
}
