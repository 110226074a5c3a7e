import "server-only";
import { getDb } from "@/lib/server/db";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/server/errors";
import type { Actor } from "./actor";
import { getTeamAccess } from "./authz/team-access";

/**
 * Removes a member (leads and admins), or lets a member leave (actor = user).
 * A team always keeps at least one lead.
 */
export async function removeMember(actor: Actor, input: { teamId: string; userId: string }): Promise<void> {
  const db = getDb();
  const access = await getTeamAccess(db, actor, input.teamId);
  if (!access.canManage && input.userId !== actor.id) {
    throw new ForbiddenError("Only the team's leads and administrators can remove members.");
  }
  await db.$transaction(async (tx) => {
    const target = await tx.membership.findUnique({
      where: { teamId_userId: input },
      select: { id: true, role: true },
    });
    if (!target) throw new NotFoundError("This person isn't a member of the team.");
    if (target.role === "LEAD") {
      const leads = await tx.membership.count({ where: { teamId: input.teamId, role: "LEAD" } });
      if (leads <= 1) throw new ConflictError("A team needs at least one lead. Make someone else a lead first.");
    }
    await tx.membership.delete({ where: { id: target.id } });
  });
}
