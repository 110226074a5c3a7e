import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { ForbiddenError, NotFoundError } from "@/lib/server/errors";
import type { Actor } from "../actor";

const include = { card: { select: { id: true, ordinal: true, siblingKey: true, note: { select: { kind: true, content: true } } } } } as const;

/** The actor's card state with what is needed to show it; someone else's card is refused. */
export async function findOwnCard(db: Pick<PrismaClient, "studentCard">, actor: Actor, studentCardId: string) {
  const row = await db.studentCard.findUnique({ where: { id: studentCardId }, include });
  if (!row) throw new NotFoundError("This card isn't in your decks any more. Reload to continue.");
  if (row.userId !== actor.id) throw new ForbiddenError("This card belongs to someone else's deck.");
  return row;
}
