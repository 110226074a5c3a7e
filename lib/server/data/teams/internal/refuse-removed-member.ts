import "server-only";
import type { Db } from "@/lib/server/db";
import { ForbiddenError } from "@/lib/server/errors";
import type { UsableInvite } from "./find-invite";
import { actorTimeZone, formatMoment } from "@/lib/server/data/internal/format-moment";

/**
 * A removal sticks: an invite link created up to the moment a lead or an admin removed
 * this user from the team no longer lets them in (the link may have been shared with
 * the whole group). A link created after the removal is the lead's way to let them back.
 */
export async function refuseRemovedMember(db: Pick<Db, "teamRemoval" | "user">, invite: UsableInvite, userId: string): Promise<void> {
  const removal = await db.teamRemoval.findUnique({
    where: { teamId_userId: { teamId: invite.teamId, userId } },
    select: { removedAt: true },
  });
  if (removal && invite.createdAt <= removal.removedAt) {
    throw new ForbiddenError(
      `You were removed from ${invite.teamName} on ${formatMoment(removal.removedAt, await actorTimeZone(db, userId))}. Ask a team lead for a new invite link.`,
    );
  }
}
