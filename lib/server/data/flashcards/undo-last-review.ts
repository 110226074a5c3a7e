import "server-only";
import { getDb } from "@/lib/server/db";
import { ConflictError } from "@/lib/server/errors";
import { nextVersion } from "@/lib/flashcards/conflict";
import { undoLastReview as undoFromLog } from "@/lib/flashcards/undo";
import type { Actor } from "@/lib/server/data/actor";
import { parseBefore, RATING_FROM_COLUMN, toSrsCard, toSrsColumns } from "./internal/card-columns";
import { findOwnCard } from "./internal/find-own-card";

/**
 * Undoes the latest review of one of the actor's cards: restores the state (and leech flags)
 * saved in its log row, deletes that row and bumps the version so a tab still showing the
 * undone review can't rate on top of it. One transaction.
 */
export async function undoLastReview(actor: Actor, input: { studentCardId: string }): Promise<{ due: Date; version: number }> {
  return getDb().$transaction(async (tx) => {
    const row = await findOwnCard(tx, actor, input.studentCardId);
    const last = await tx.reviewLog.findFirst({ where: { studentCardId: row.id }, orderBy: [{ reviewedAt: "desc" }, { id: "desc" }] });
    if (!last) throw new ConflictError("There is no review of this card to undo.");
    const { card: before, flags } = parseBefore(last.before);
    const result = undoFromLog(toSrsCard(row), {
      rating: RATING_FROM_COLUMN[last.rating],
      reviewedAt: last.reviewedAt,
      durationMs: last.durationMs,
      elapsedDays: last.elapsedDays,
      scheduledDays: last.scheduledDays,
      before,
    });
    if (!result.ok) throw new ConflictError(result.message);
    const version = nextVersion(row.version);
    const { count } = await tx.studentCard.updateMany({
      where: { id: row.id, userId: actor.id, version: row.version },
      data: { ...toSrsColumns(result.card), ...(flags ? { tags: [...flags.tags], suspended: flags.suspended, lapseBaseline: flags.lapseBaseline } : {}), version },
    });
    if (count === 0) throw new ConflictError("This card was reviewed again while undoing. Reload to continue.");
    await tx.reviewLog.delete({ where: { id: last.id } });
    return { due: result.card.due, version };
  });
}
