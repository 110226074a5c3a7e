import "server-only";
import { renderClozeFront } from "@/lib/cards/cloze";
import { getDb } from "@/lib/server/db";
import { NotFoundError } from "@/lib/server/errors";
import type { Actor } from "@/lib/server/data/actor";
import { NO_FIGURES, queryDeckFigures, type DeckFigures } from "./internal/deck-figures";

export type OwnNoteRow = { id: string; kind: "basic" | "cloze"; front: string; cards: number; tags: string[]; updatedAt: Date };
export type OwnDeckView = { id: string; name: string; description: string; figures: DeckFigures; notes: OwnNoteRow[] };

/** One of the actor's own decks with its notes, newest first. Anyone else's deck is "not found". */
export async function getOwnDeck(actor: Actor, deckId: string, now: Date): Promise<OwnDeckView> {
  const db = getDb();
  const deck = await db.deck.findFirst({
    where: { id: deckId, ownerId: actor.id },
    select: {
      id: true,
      name: true,
      description: true,
      notes: { orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: { id: true, kind: true, content: true, tags: true, updatedAt: true, _count: { select: { cards: true } } } },
    },
  });
  if (!deck) throw new NotFoundError("This deck doesn't exist, or it isn't yours.");
  const figures = (await queryDeckFigures(db, actor.id, [deck.id], now)).get(deck.id) ?? NO_FIGURES;
  return {
    id: deck.id,
    name: deck.name,
    description: deck.description,
    figures,
    notes: deck.notes.map((n) => {
      const c = (n.content ?? {}) as { front?: string; text?: string };
      return {
        id: n.id,
        kind: n.kind === "CLOZE" ? "cloze" : "basic",
        front: n.kind === "CLOZE" ? renderClozeFront(c.text ?? "", 1) : (c.front ?? ""),
        cards: n._count.cards,
        tags: n.tags,
        updatedAt: n.updatedAt,
      };
    }),
  };
}
