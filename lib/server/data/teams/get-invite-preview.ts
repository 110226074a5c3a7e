import "server-only";
import { getDb } from "@/lib/server/db";
import type { Actor } from "@/lib/server/data/actor";
import { findUsableInvite, type UsableInvite } from "./internal/find-invite";
import { refuseRemovedMember } from "./internal/refuse-removed-member";

/**
 * What the invite page shows before joining: the team, the role, and whether the actor
 * is already in. A removed member is told at once that this link won't let them back.
 */
export async function getInvitePreview(
  actor: Actor,
  token: string,
  now: Date,
): Promise<Omit<UsableInvite, "id" | "createdAt"> & { alreadyMember: boolean }> {
  const db = getDb();
  const invite = await findUsableInvite(db, token, now, actor.id);
  const membership = await db.membership.findUnique({
    where: { teamId_userId: { teamId: invite.teamId, userId: actor.id } },
    select: { id: true },
  });
  if (!membership) await refuseRemovedMember(db, invite, actor.id);
  return { teamId: invite.teamId, teamName: invite.teamName, role: invite.role, expiresAt: invite.expiresAt, alreadyMember: membership !== null };
}
