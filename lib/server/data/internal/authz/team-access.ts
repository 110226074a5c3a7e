import "server-only";
import type { Db } from "@/lib/server/db";
import type { TeamRole } from "@/lib/generated/prisma/enums";
import { ForbiddenError, NotFoundError } from "@/lib/server/errors";
import type { Actor } from "@/lib/server/data/actor";

export type TeamAccess = { teamId: string; teamName: string; membershipRole: TeamRole | null; canManage: boolean };

/**
 * Resolves what the actor may do in a team. Admins manage every team; leads manage
 * their own; members may only read. Outsiders get a 403 — the same answer whether
 * or not the team exists would leak nothing more, but a 404 for a missing team is kinder.
 */
export async function getTeamAccess(db: Pick<Db, "team">, actor: Actor, teamId: string): Promise<TeamAccess> {
  const team = await db.team.findUnique({
    where: { id: teamId },
    select: { id: true, name: true, memberships: { where: { userId: actor.id }, select: { role: true } } },
  });
  if (!team) throw new NotFoundError("This team doesn't exist.");
  const membershipRole = team.memberships[0]?.role ?? null;
  if (!membershipRole && actor.role !== "ADMIN") throw new ForbiddenError("You're not a member of this team.");
  return {
    teamId: team.id,
    teamName: team.name,
    membershipRole,
    canManage: actor.role === "ADMIN" || membershipRole === "LEAD",
  };
}

export async function requireTeamManager(db: Pick<Db, "team">, actor: Actor, teamId: string): Promise<TeamAccess> {
  const access = await getTeamAccess(db, actor, teamId);
  if (!access.canManage) throw new ForbiddenError("Only the team's leads and administrators can do this.");
  return access;
}
