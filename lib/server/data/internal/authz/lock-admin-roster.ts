import "server-only";
import { UNSET_PASSWORD_HASH } from "@/lib/server/auth/password";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { UserRole } from "@/lib/generated/prisma/enums";
import { ForbiddenError, NotFoundError } from "@/lib/server/errors";

export type AdminRoster = {
  target: { role: UserRole; deactivatedAt: Date | null };
  /** Active administrators other than the target, as they are once every concurrent change before this one committed. */
  otherActiveAdmins: number;
};

/**
 * For a change that may take an active administrator away (demotion, deactivation):
 * locks the target's row and every active admin row, and returns them as they are now.
 *
 * One statement locks the rows in id order, so concurrent callers queue instead of
 * deadlocking; a caller that waited gets the rows as the previous one left them
 * (PostgreSQL re-checks each locked row against the WHERE clause), so two admins
 * demoting each other at once can't each count the other as the one who stays. The acting
 * admin must still be one among the locked rows: an admin demoted a moment ago by a
 * concurrent request can't go on to demote the one who demoted them.
 */
export async function lockAdminRoster(tx: Prisma.TransactionClient, actorId: string, userId: string): Promise<AdminRoster> {
  const rows = await tx.$queryRaw<{ id: string; role: UserRole; deactivatedAt: Date | null }[]>`
    SELECT "id", "role", "deactivatedAt" FROM "User"
    WHERE ("role" = 'ADMIN' AND "deactivatedAt" IS NULL AND "passwordHash" <> ${UNSET_PASSWORD_HASH}) OR "id" = ${userId}
    ORDER BY "id" FOR UPDATE`;
  if (!rows.some((r) => r.id === actorId && r.role === "ADMIN" && r.deactivatedAt === null)) {
    throw new ForbiddenError("You're no longer an administrator, so you can't change accounts.");
  }
  const target = rows.find((r) => r.id === userId);
  if (!target) throw new NotFoundError("This user doesn't exist.");
  // An admin account whose owner hasn't chosen a password yet can't sign in: it doesn't count.
  const otherActiveAdmins = rows.filter((r) => r.id !== userId && r.role === "ADMIN" && r.deactivatedAt === null).length;
  return { target: { role: target.role, deactivatedAt: target.deactivatedAt }, otherActiveAdmins };
}
