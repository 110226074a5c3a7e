import { randomUUID } from "node:crypto";
import { getDb } from "@/lib/server/db";
import type { SrsRating, SrsState } from "@/lib/generated/prisma/enums";

/** Fixture: a card of a new note in the topic, in the student's collection. Returns the StudentCard id. */
export async function createStudentCard(userId: string, topicId: string, state: SrsState, due: string, suspended = false): Promise<string> {
  const db = getDb();
  const note = await db.cardNote.create({
    data: {
      key: `fixture-${randomUUID()}`,
      topicId,
      kind: "BASIC",
      content: { front: "Q", back: "A" },
      tags: [],
      source: {},
      contentHash: randomUUID(),
      cards: { create: { ordinal: 1, siblingKey: randomUUID() } },
    },
    select: { cards: { select: { id: true } } },
  });
  const sc = await db.studentCard.create({ data: { userId, cardId: note.cards[0]!.id, state, due: new Date(due), suspended }, select: { id: true } });
  return sc.id;
}

/** Fixture: one review of a card, logged as the review screen would (the database flags the first of the day). */
export async function createReview(userId: string, studentCardId: string, at: string, stateBefore: SrsState, rating: SrsRating): Promise<bigint> {
  const log = await getDb().reviewLog.create({
    data: { userId, studentCardId, reviewedAt: new Date(at), stateBefore, rating, durationMs: 1000, elapsedDays: 1, scheduledDays: 1, before: {} },
    select: { id: true },
  });
  return log.id;
}
