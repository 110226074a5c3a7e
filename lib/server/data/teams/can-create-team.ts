import "server-only";
import { getDb } from "@/lib/server/db";
import type { Actor } from "@/lib/server/data/actor";

/** Admins and anyone who already leads a team may create teams. */
export async function canCreateTeam(actor: Actor): Promise<boolean> {
  if (actor.role === "ADMIN") return true;
  const lead = await getDb().membership.findFirst({ where: { userId: actor.id, role: "LEAD" }, select: { id: true } });
  return lead !== null;
}
