import "server-only";
import { getDb } from "@/lib/server/db";
import type { Actor } from "@/lib/server/data/actor";

/**
 * When the actor's next card in their decks falls due after `now` (suspended cards never do,
 * buried ones not before they're unburied), for "come back at …" after a session. Null when no
 * card is scheduled, e.g. only new cards left and today's new-card limit reached.
 */
export async function getNextDue(actor: Actor, now: Date): Promise<Date | null> {
  const next = await getDb().studentCard.findFirst({
    where: {
      userId: actor.id,
      suspended: false,
      state: { not: "NEW" },
      due: { gt: now },
      card: { note: { topic: { decks: { some: { userId: actor.id } } } } },
    },
    orderBy: { due: "asc" },
    select: { due: true, buriedUntil: true },
  });
  if (!next) return null;
  return next.buriedUntil && next.buriedUntil > next.due ? next.buriedUntil : next.due;
}
