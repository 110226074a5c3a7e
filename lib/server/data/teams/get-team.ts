import "server-only";
import { getDb } from "@/lib/server/db";
import type { TeamRole } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/server/data/actor";
import { getTeamAccess } from "@/lib/server/data/internal/authz/team-access";

export type TeamMember = { userId: string; name: string; email: string | null; role: TeamRole; joinedAt: Date };
export type TeamInvite = { id: string; role: TeamRole; expiresAt: Date; uses: number; createdAt: Date };
export type TeamDetail = {
  id: string;
  name: string;
  myRole: TeamRole | null;
  canManage: boolean;
  members: TeamMember[];
  /** Active invites; only for those who manage the team. */
  invites: TeamInvite[];
};

/**
 * One team, for its members and administrators. Emails are shown only to those
 * who manage the team; members see names and roles.
 */
export async function getTeam(actor: Actor, teamId: string, now: Date): Promise<TeamDetail> {
  const db = getDb();
  const access = await getTeamAccess(db, actor, teamId);
  const [memberships, invites] = await Promise.all([
    db.membership.findMany({
      where: { teamId },
      orderBy: [{ role: "asc" }, { user: { name: "asc" } }],
      select: { role: true, createdAt: true, user: { select: { id: true, name: true, email: true } } },
    }),
    access.canManage
      ? db.invite.findMany({
          where: { teamId, revokedAt: null, expiresAt: { gt: now } },
          orderBy: { createdAt: "desc" },
          select: { id: true, role: true, expiresAt: true, uses: true, createdAt: true },
        })
      : Promise.resolve([]),
  ]);
  return {
    id: access.teamId,
    name: access.teamName,
    myRole: access.membershipRole,
    canManage: access.canManage,
    members: memberships.map((m) => ({
      userId: m.user.id,
      name: m.user.name,
      email: access.canManage ? m.user.email : null,
      role: m.role,
      joinedAt: m.createdAt,
    })),
    invites,
  };
}
