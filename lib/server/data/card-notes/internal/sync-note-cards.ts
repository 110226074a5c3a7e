import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Makes a note's cards match `wanted` ordinals inside the caller's transaction: cards whose
 * ordinal survives are kept (so students keep their progress on them), new ordinals get a card,
 * and cards of removed ordinals are deleted with their student states and review logs.
 * Returns the ids of the cards added, for `dealNewCards`.
 */
export async function syncNoteCards(
  tx: Prisma.TransactionClient,
  note: { id: string; cards: readonly { id: string; ordinal: number }[] },
  wanted: readonly number[],
  siblingKey: string,
): Promise<{ addedIds: string[]; removed: number }> {
  const have = new Set(note.cards.map((c) => c.ordinal));
  const gone = note.cards.filter((c) => !wanted.includes(c.ordinal)).map((c) => c.id);
  if (gone.length > 0) await tx.card.deleteMany({ where: { id: { in: gone } } });
  await tx.card.updateMany({ where: { noteId: note.id, siblingKey: { not: siblingKey } }, data: { siblingKey } });
  const added = wanted.filter((o) => !have.has(o));
  const rows = added.length > 0 ? await tx.card.createManyAndReturn({ data: added.map((ordinal) => ({ noteId: note.id, ordinal, siblingKey })), select: { id: true } }) : [];
  return { addedIds: rows.map((r) => r.id), removed: gone.length };
}
