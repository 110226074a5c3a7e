import "server-only";
import { getDb } from "@/lib/server/db";
import { ConflictError, NotFoundError } from "@/lib/server/errors";
import type { Actor } from "./actor";
import { requireAdmin } from "./authz/require-admin";

/**
 * Admin-only. Deactivating signs the user out everywhere (session version bump)
 * and blocks sign-in; their data stays. Admins cannot deactivate themselves.
 */
export async function setUserActive(actor: Actor, input: { userId: string; active: boolean }): Promise<void> {
  requireAdmin(actor);
  if (input.userId === actor.id && !input.active) throw new ConflictError("You can't deactivate your own account.");
  const db = getDb();
  const user = await db.user.findUnique({ where: { id: input.userId }, select: { deactivatedAt: true } });
  if (!user) throw new NotFoundError("This user doesn't exist.");
  if (input.active) {
    await db.user.update({ where: { id: input.userId }, data: { deactivatedAt: null } });
  } else if (!user.deactivatedAt) {
    await db.user.update({ where: { id: input.userId }, data: { deactivatedAt: new Date(), sessionVersion: { increment: 1 } } });
  }
}
