import "server-only";
import { getDb } from "@/lib/server/db";
import { ConflictError, NotFoundError } from "@/lib/server/errors";
import type { UserRole } from "@/lib/generated/prisma/enums";
import type { Actor } from "./actor";
import { requireAdmin } from "./authz/require-admin";

/** Admin-only. Refuses to demote the last active administrator, so the instance never locks itself out. */
export async function setUserRole(actor: Actor, input: { userId: string; role: UserRole }): Promise<void> {
  requireAdmin(actor);
  await getDb().$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: input.userId }, select: { role: true } });
    if (!user) throw new NotFoundError("This user doesn't exist.");
    if (user.role === input.role) return;
    if (user.role === "ADMIN") {
      const admins = await tx.user.count({ where: { role: "ADMIN", deactivatedAt: null } });
      if (admins <= 1) throw new ConflictError("This is the only active administrator. Make someone else an admin first.");
    }
    await tx.user.update({ where: { id: input.userId }, data: { role: input.role } });
  });
}
