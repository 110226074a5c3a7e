import "server-only";
import { z } from "zod";
import { getDb } from "@/lib/server/db";
import { ConflictError } from "@/lib/server/errors";
import { nextVersion } from "@/lib/flashcards/conflict";
import { resetLeech } from "@/lib/flashcards/leech";
import { dayBounds } from "@/lib/time/day-bounds";
import type { Actor } from "@/lib/server/data/actor";
import { findOwnCard } from "./internal/find-own-card";
import { recordIdSchema } from "@/lib/schemas/ids";

export const setCardFlagsSchema = z.object({
  studentCardId: recordIdSchema,
  change: z.enum(["suspend", "unsuspend", "bury", "unbury", "reset-leech"]),
});

export type CardFlags = { suspended: boolean; buriedUntil: Date | null; tags: string[]; version: number };

/**
 * Suspends, buries (until the start of the student's next local day), or restores one of the
 * actor's cards, or resets a leech (untag, unsuspend, count lapses afresh). The version is
 * bumped so a tab still showing the card can't rate it as if nothing had happened.
 */
export async function setCardFlags(actor: Actor, input: z.output<typeof setCardFlagsSchema>, now: Date): Promise<CardFlags> {
  const { studentCardId, change } = input;
  return getDb().$transaction(async (tx) => {
    const row = await findOwnCard(tx, actor, studentCardId);
    let data: { suspended?: boolean; buriedUntil?: Date | null; tags?: string[]; lapseBaseline?: number };
    if (change === "suspend") data = { suspended: true };
    else if (change === "unsuspend") data = { suspended: false };
    else if (change === "unbury") data = { buriedUntil: null };
    else if (change === "bury") {
      const user = await tx.user.findUniqueOrThrow({ where: { id: actor.id }, select: { timeZone: true } });
      data = { buriedUntil: dayBounds(now, user.timeZone).nextDayStart };
    } else {
      const flags = resetLeech({ tags: row.tags, suspended: row.suspended, lapseBaseline: row.lapseBaseline }, row.lapses);
      data = { ...flags, tags: [...flags.tags] };
    }
    const version = nextVersion(row.version);
    const updated = await tx.studentCard.updateMany({ where: { id: row.id, userId: actor.id, version: row.version }, data: { ...data, version } });
    if (updated.count === 0) throw new ConflictError("This card changed in another tab. Reload to continue.");
    const after = await tx.studentCard.findUniqueOrThrow({ where: { id: row.id }, select: { suspended: true, buriedUntil: true, tags: true, version: true } });
    return after;
  });
}
