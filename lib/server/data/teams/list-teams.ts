import "server-only";
import { getDb } from "@/lib/server/db";
import type { TeamRole } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/server/data/actor";

export type TeamListItem = { id: string; name: string; memberCount: number; myRole: TeamRole | null; createdAt: Date };

/** The actor's teams; administrators see every team (with their own role where they are members). */
export async function listTeams(actor: Actor): Promise<TeamListItem[]> {
  const teams = await getDb().team.findMany({
    where: actor.role === "ADMIN" ? {} : { memberships: { some: { userId: actor.id } } },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: {
      id: true,
      name: true,
      createdAt: true,
      _count: { select: { memberships: true } },
      memberships: { where: { userId: actor.id }, select: { role: true } },
    },
  });
  return teams.map((t) => ({
    id: t.id,
    name: t.name,
    createdAt: t.createdAt,
    memberCount: t._count.memberships,
    myRole: t.memberships[0]?.role ?? null,
  }));
}
