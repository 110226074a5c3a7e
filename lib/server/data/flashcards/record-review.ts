import "server-only";
import { settingsForDeck } from "@/lib/flashcards/deck-options";
import { cardDeckOptions } from "./internal/studied-decks";
import { z } from "zod";
import { getDb } from "@/lib/server/db";
import { ConflictError } from "@/lib/server/errors";
import { SRS_RATINGS } from "@/lib/flashcards/card";
import { checkVersion, nextVersion } from "@/lib/flashcards/conflict";
import { applyLeechRule } from "@/lib/flashcards/leech";
import { scheduleReview } from "@/lib/flashcards/schedule";
import type { Actor } from "@/lib/server/data/actor";
import { RATING_COLUMN, reviewSeed, serializeBefore, STATE_COLUMN, toSrsCard, toSrsColumns } from "./internal/card-columns";
import { findOwnCard } from "./internal/find-own-card";
import { readSettings } from "./internal/read-settings";
import { text } from "@/lib/schemas/text";

export const recordReviewSchema = z.object({
  studentCardId: text().min(1),
  expectedVersion: z.number().int().min(0),
  rating: z.enum(SRS_RATINGS),
  durationMs: z.number().int().min(0).max(86_400_000),
  seed: z.number().int().min(0).optional(),
});

export type RecordReviewResult = { due: Date; version: number; becameLeech: boolean };

/**
 * Rates one of the actor's cards: schedules it with the actor's settings, logs the review with
 * the full prior state, and applies the leech rule, in one transaction. The write only lands if
 * the card is still at the version the student saw; otherwise nothing is written.
 */
export async function recordReview(actor: Actor, input: z.output<typeof recordReviewSchema>, now: Date): Promise<RecordReviewResult> {
  const { studentCardId, expectedVersion, rating, durationMs, seed } = input;
  return getDb().$transaction(async (tx) => {
    const row = await findOwnCard(tx, actor, studentCardId);
    const check = checkVersion(expectedVersion, row.version);
    if (!check.ok) throw new ConflictError(check.message);
    // The deck's learning steps, if it has its own, over the account's settings.
    const settings = settingsForDeck(await readSettings(tx, actor.id), await cardDeckOptions(tx, actor.id, row.card.note));
    const before = toSrsCard(row);
    const { card, log } = scheduleReview({ card: before, rating, now, settings, cardId: row.id, durationMs });
    const flags = { tags: row.tags, suspended: row.suspended, lapseBaseline: row.lapseBaseline };
    const leech = applyLeechRule({ lapsesBefore: before.lapses, lapsesAfter: card.lapses, threshold: settings.leechThreshold, flags });
    const version = nextVersion(expectedVersion);

    // The version predicate makes a concurrent second review of the same card lose here.
    const { count } = await tx.studentCard.updateMany({
      where: { id: row.id, userId: actor.id, version: expectedVersion },
      data: { ...toSrsColumns(card), tags: [...leech.flags.tags], suspended: leech.flags.suspended, version },
    });
    if (count === 0) {
      const current = await tx.studentCard.findUniqueOrThrow({ where: { id: row.id }, select: { version: true } });
      const again = checkVersion(expectedVersion, current.version);
      throw new ConflictError(again.ok ? "This card changed while your answer was saved. Reload to continue." : again.message);
    }
    await tx.reviewLog.create({
      data: {
        userId: actor.id,
        studentCardId: row.id,
        rating: RATING_COLUMN[rating],
        reviewedAt: log.reviewedAt,
        durationMs: log.durationMs,
        elapsedDays: log.elapsedDays,
        scheduledDays: log.scheduledDays,
        stateBefore: STATE_COLUMN[before.state],
        before: serializeBefore(log.before, flags),
        seed: row.card.note.kind === "COMPUTED" ? (seed ?? reviewSeed(row.id, before.reps)) : null,
      },
    });
    return { due: card.due, version, becameLeech: leech.becameLeech };
  });
}
