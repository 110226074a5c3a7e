import "server-only";
import { z } from "zod";
import { text } from "@/lib/schemas/text";
import { getDb } from "@/lib/server/db";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/server/errors";
import type { Actor } from "@/lib/server/data/actor";
import { lockTeam } from "@/lib/server/data/internal/authz/lock-team";

export const removeMemberSchema = z.object({
  teamId: text().min(1),
  userId: text().min(1),
});

/**
 * Removes a member (leads and admins), or lets a member leave (actor = user).
 * A team always keeps at least one lead: the team's lock makes that hold when
 * leads leave or remove each other at the same time. A removal (not leaving) is
 * recorded, so the links that existed until now no longer let that person back in.
 */
export async function removeMember(actor: Actor, input: z.output<typeof removeMemberSchema>, now: Date): Promise<void> {
  await getDb().$transaction(async (tx) => {
    const access = await lockTeam(tx, actor, input.teamId);
    const leaving = input.userId === actor.id;
    if (!access.canManage && !leaving) {
      throw new ForbiddenError("Only the team's leads and administrators can remove members.");
    }
    const target = await tx.membership.findUnique({
      where: { teamId_userId: { teamId: input.teamId, userId: input.userId } },
      select: { id: true, role: true },
    });
    if (!target) throw new NotFoundError("This person isn't a member of the team.");
    if (target.role === "LEAD") {
      const leads = await tx.membership.count({ where: { teamId: input.teamId, role: "LEAD" } });
      if (leads <= 1) throw new ConflictError("A team needs at least one lead. Make someone else a lead first.");
    }
    await tx.membership.delete({ where: { id: target.id } });
    if (!leaving) {
      await tx.teamRemoval.upsert({
        where: { teamId_userId: { teamId: input.teamId, userId: input.userId } },
        create: { teamId: input.teamId, userId: input.userId, removedAt: now },
        update: { removedAt: now },
      });
    }
  });
}
