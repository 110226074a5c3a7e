import "server-only";
import { z } from "zod";
import { userRoleSchema } from "@/lib/schemas/admin";
import { text } from "@/lib/schemas/text";
import { getDb } from "@/lib/server/db";
import { ConflictError } from "@/lib/server/errors";
import type { Actor } from "@/lib/server/data/actor";
import { lockAdminRoster } from "@/lib/server/data/internal/authz/lock-admin-roster";
import { requireAdmin } from "@/lib/server/data/internal/authz/require-admin";

export const setUserRoleSchema = z.object({
  userId: text().min(1),
  role: userRoleSchema,
});

/**
 * Admin-only. Refuses to demote the last active administrator, so the instance never
 * locks itself out — also when several admins are demoted or deactivated at once.
 */
export async function setUserRole(actor: Actor, input: z.output<typeof setUserRoleSchema>): Promise<void> {
  requireAdmin(actor);
  await getDb().$transaction(async (tx) => {
    const { target, otherActiveAdmins } = await lockAdminRoster(tx, actor.id, input.userId);
    if (target.role === input.role) return;
    const removesAnActiveAdmin = target.role === "ADMIN" && target.deactivatedAt === null;
    if (removesAnActiveAdmin && otherActiveAdmins === 0) {
      throw new ConflictError("This is the only active administrator. Make someone else an admin first.");
    }
    await tx.user.update({ where: { id: input.userId }, data: { role: input.role } });
  });
}
