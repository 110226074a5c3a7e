import "server-only";
import { z } from "zod";
import { LEECH_TAG } from "@/lib/flashcards/leech";
import { recordIdSchema } from "@/lib/schemas/ids";
import { getDb } from "@/lib/server/db";
import { NotFoundError, ValidationError } from "@/lib/server/errors";
import type { Actor } from "@/lib/server/data/actor";

export const BULK_CHANGES = ["suspend", "unsuspend", "reset", "move"] as const;

export const bulkUpdateCardsSchema = z
  .object({
    studentCardIds: z.array(recordIdSchema).min(1, { error: "Select at least one card." }).max(500, { error: "Select at most 500 cards at a time." }),
    change: z.enum(BULK_CHANGES),
    /** For "move": one of the actor's own decks. */
    deckId: recordIdSchema.optional(),
  })
  .refine((v) => v.change !== "move" || v.deckId, { path: ["deckId"], error: "Choose the deck to move the cards to." });

export type BulkResult = { changed: number; skipped: number };

/**
 * Changes many of the actor's cards at once (the card browser's selection): suspend, unsuspend,
 * reset (Anki's "Forget": back to new, due now, counts and memory state cleared, leech tag dropped;
 * the review log is kept), or move to another of their own decks — a note moves whole, so a cloze
 * card takes its siblings; cards of topic decks can't move and are counted as skipped. If any id
 * isn't one of the actor's cards, nothing changes ("not found", as for one card). Every changed
 * card's version is bumped, so a tab showing one can't rate it as if nothing had happened.
 */
export async function bulkUpdateCards(actor: Actor, input: z.output<typeof bulkUpdateCardsSchema>, now: Date): Promise<BulkResult> {
  const ids = [...new Set(input.studentCardIds)];
  return getDb().$transaction(async (tx) => {
    // Locks the selection: a parallel review waits, and every id must be the actor's.
    const mine = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "StudentCard" WHERE "id" = ANY(${ids}::text[]) AND "userId" = ${actor.id} FOR UPDATE`;
    if (mine.length !== ids.length) throw new NotFoundError("Some of these cards aren't in your decks any more. Reload and select again.");
    if (input.change === "suspend" || input.change === "unsuspend") {
      const { count } = await tx.studentCard.updateMany({
        where: { id: { in: ids }, userId: actor.id, suspended: input.change === "unsuspend" },
        data: { suspended: input.change === "suspend", version: { increment: 1 } },
      });
      return { changed: count, skipped: ids.length - count };
    }
    if (input.change === "reset") {
      const count = await tx.$executeRaw`
        UPDATE "StudentCard" SET "state" = 'NEW', "due" = ${now}, "stability" = 0, "difficulty" = 0, "elapsedDays" = 0, "scheduledDays" = 0,
          "learningSteps" = 0, "reps" = 0, "lapses" = 0, "lapseBaseline" = 0, "lastReview" = NULL, "buriedUntil" = NULL,
          "tags" = array_remove("tags", ${LEECH_TAG}), "version" = "version" + 1, "updatedAt" = ${now}
        WHERE "id" = ANY(${ids}::text[]) AND "userId" = ${actor.id}`;
      return { changed: count, skipped: ids.length - count };
    }
    const target = await tx.deck.findFirst({ where: { id: input.deckId, ownerId: actor.id }, select: { id: true } });
    if (!target) throw new NotFoundError("That deck doesn't exist, or it isn't yours.");
    const notes = await tx.cardNote.findMany({
      where: { deck: { ownerId: actor.id }, cards: { some: { students: { some: { id: { in: ids }, userId: actor.id } } } } },
      select: { id: true },
    });
    if (notes.length === 0) throw new ValidationError("Only cards of your own decks can move: topic decks are shared.", { deckId: "None of the selected cards is in one of your decks." });
    await tx.cardNote.updateMany({ where: { id: { in: notes.map((n) => n.id) } }, data: { deckId: target.id } });
    const moved = await tx.studentCard.count({ where: { userId: actor.id, card: { noteId: { in: notes.map((n) => n.id) } }, id: { in: ids } } });
    return { changed: moved, skipped: ids.length - moved };
  });
}
