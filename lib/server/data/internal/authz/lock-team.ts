import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/server/data/actor";
import { getTeamAccess, type TeamAccess } from "./team-access";

/**
 * Locks a team's row for the rest of the transaction. Every change to who is in a team
 * or who leads it (joining, leaving, removal, role changes) takes this lock first, so
 * each one sees the others' results: the last lead can't step down twice at once, and
 * a removal can't interleave with a re-join.
 */
export async function lockTeamRow(tx: Prisma.TransactionClient, teamId: string): Promise<void> {
  await tx.$queryRaw`SELECT "id" FROM "Team" WHERE "id" = ${teamId} FOR UPDATE`;
}

/** Locks the team (lockTeamRow) and resolves the actor's access under the lock, so a lead demoted a moment ago acts as a member. */
export async function lockTeam(tx: Prisma.TransactionClient, actor: Actor, teamId: string): Promise<TeamAccess> {
  await lockTeamRow(tx, teamId);
  return getTeamAccess(tx, actor, teamId);
}
