import "server-only";
import { UNSET_PASSWORD_HASH } from "@/lib/server/auth/password";
import { signInMethods } from "@/lib/server/auth/sign-in-methods";
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
  const rows = await lockAdminRows(tx, userId);
  if (!rows.some((r) => r.id === actorId && r.role === "ADMIN" && r.deactivatedAt === null)) {
    throw new ForbiddenError("You're no longer an administrator, so you can't change accounts.");
  }
  return rosterOf(rows, userId);
}

/**
 * lockAdminRoster for a change nobody in Quizformer makes: single sign-on applying the
 * identity provider's groups at sign-in. The rows are locked and counted the same way.
 */
export async function lockAdminRosterForSignIn(tx: Prisma.TransactionClient, userId: string): Promise<AdminRoster> {
  return rosterOf(await lockAdminRows(tx, userId), userId);
}

type RosterRow = { id: string; role: UserRole; deactivatedAt: Date | null };

// An admin account nobody can sign in to (no password chosen, or password sign-in off, and no
// single sign-on linked) doesn't count.
async function lockAdminRows(tx: Prisma.TransactionClient, userId: string): Promise<RosterRow[]> {
  const passwordsCount = signInMethods().password;
  return tx.$queryRaw<RosterRow[]>`
    SELECT u."id", u."role", u."deactivatedAt" FROM "User" u
    WHERE (u."role" = 'ADMIN' AND u."deactivatedAt" IS NULL
           AND ((${passwordsCount} AND u."passwordHash" <> ${UNSET_PASSWORD_HASH}) OR EXISTS (SELECT 1 FROM "SsoIdentity" i WHERE i."userId" = u."id")))
       OR u."id" = ${userId}
    ORDER BY u."id" FOR UPDATE OF u`;
}

function rosterOf(rows: RosterRow[], userId: string): AdminRoster {
  const target = rows.find((r) => r.id === userId);
  if (!target) throw new NotFoundError("This user doesn't exist.");
  const otherActiveAdmins = rows.filter((r) => r.id !== userId && r.role === "ADMIN" && r.deactivatedAt === null).length;
  return { target: { role: target.role, deactivatedAt: target.deactivatedAt }, otherActiveAdmins };
}
