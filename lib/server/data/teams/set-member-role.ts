import "server-only";
import type { z } from "zod";
import { teamRoleSchema } from "@/lib/schemas/team";
import { removeMemberSchema } from "./remove-member";
import { getDb } from "@/lib/server/db";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/server/errors";
import type { Actor } from "@/lib/server/data/actor";
import { lockTeam } from "@/lib/server/data/internal/authz/lock-team";

export const setMemberRoleSchema = removeMemberSchema.extend({ role: teamRoleSchema });

/**
 * Promotes a member to lead or back (leads and admins); the last lead can't step down.
 * Runs under the team's lock, so the rule holds when leads step down at the same time.
 */
export async function setMemberRole(actor: Actor, input: z.output<typeof setMemberRoleSchema>): Promise<void> {
  await getDb().$transaction(async (tx) => {
    const access = await lockTeam(tx, actor, input.teamId);
    if (!access.canManage) throw new ForbiddenError("Only the team's leads and administrators can do this.");
    const target = await tx.membership.findUnique({
      where: { teamId_userId: { teamId: input.teamId, userId: input.userId } },
      select: { id: true, role: true },
    });
    if (!target) throw new NotFoundError("This person isn't a member of the team.");
    if (target.role === input.role) return;
    if (target.role === "LEAD") {
      const leads = await tx.membership.count({ where: { teamId: input.teamId, role: "LEAD" } });
      if (leads <= 1) throw new ConflictError("A team needs at least one lead. Make someone else a lead first.");
    }
    await tx.membership.update({ where: { id: target.id }, data: { role: input.role } });
  });
}
