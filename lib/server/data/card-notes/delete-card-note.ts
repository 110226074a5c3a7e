import "server-only";
import { getDb } from "@/lib/server/db";
import { ConflictError, NotFoundError } from "@/lib/server/errors";
import type { Actor } from "@/lib/server/data/actor";
import { requireAdmin } from "@/lib/server/data/internal/authz/require-admin";

/**
 * Admin-only: deletes a note with its cards and every student's state and review history for
 * them. `confirmedStudents` is how many students the admin was told would lose the card; if more
 * hold it now, nothing is deleted and the admin is asked again.
 */
export async function deleteCardNote(actor: Actor, key: string, input: { confirmedStudents: number }): Promise<{ students: number }> {
  requireAdmin(actor);
  return getDb().$transaction(async (tx) => {
    const [note] = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "CardNote" WHERE "key" = ${key} AND "deckId" IS NULL FOR UPDATE`;
    if (!note) throw new NotFoundError(`There's no card with the key "${key}"; it may have been deleted already.`);
    const holders = await tx.studentCard.findMany({ where: { card: { noteId: note.id } }, distinct: ["userId"], select: { userId: true } });
    if (holders.length > input.confirmedStudents) {
      throw new ConflictError(
        `${holders.length} student${holders.length === 1 ? " now studies" : "s now study"} this card, more than when you opened the page. Check the new count and confirm again.`,
      );
    }
    await tx.cardNote.delete({ where: { id: note.id } });
    return { students: holders.length };
  });
}
