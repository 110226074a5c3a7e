import "server-only";
import { getDb } from "@/lib/server/db";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/server/errors";
import type { Actor } from "./actor";
import { lockTeam } from "./authz/lock-team";

/**
 * Removes a member (leads and admins), or lets a member leave (actor = user).
 * A team always keeps at least one lead: the team's lock makes that hold when
 * leads leave or remove each other at the same time.
 */
export async function removeMember(actor: Actor, input: { teamId: string; userId: string }): Promise<void> {
  await getDb().$transaction(async (tx) => {
    const access = await lockTeam(tx, actor, input.teamId);
    if (!access.canManage && input.userId !== actor.id) {
      throw new ForbiddenError("Only the team's leads and administrators can remove members.");
    }
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
