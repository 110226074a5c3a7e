import "server-only";
import { getDb } from "@/lib/server/db";
import type { Actor } from "@/lib/server/data/actor";
import { lockTeamRow } from "@/lib/server/data/internal/authz/lock-team";
import { findUsableInvite } from "./internal/find-invite";
import { refuseRemovedMember } from "./internal/refuse-removed-member";

/**
 * Joins the actor to the invite's team. Joining twice is harmless (the existing
 * membership and its role are kept). Membership and the use count change together,
 * under the team's lock: parallel clicks join once, and a removal running at the
 * same time either comes after the join or is seen by it.
 */
export async function acceptInvite(actor: Actor, token: string, now: Date): Promise<{ teamId: string; alreadyMember: boolean }> {
  return getDb().$transaction(async (tx) => {
    const invite = await findUsableInvite(tx, token, now, actor.id);
    await lockTeamRow(tx, invite.teamId);
    const existing = await tx.membership.findUnique({
      where: { teamId_userId: { teamId: invite.teamId, userId: actor.id } },
      select: { id: true },
    });
    if (existing) return { teamId: invite.teamId, alreadyMember: true };
    await refuseRemovedMember(tx, invite, actor.id);
    await tx.membership.create({ data: { teamId: invite.teamId, userId: actor.id, role: invite.role } });
    await tx.invite.update({ where: { id: invite.id }, data: { uses: { increment: 1 } } });
    return { teamId: invite.teamId, alreadyMember: false };
  });
}
