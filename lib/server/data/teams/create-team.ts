import "server-only";
import { getDb } from "@/lib/server/db";
import { ForbiddenError } from "@/lib/server/errors";
import type { Actor } from "@/lib/server/data/actor";
import { canCreateTeam } from "./can-create-team";

/** Creates a team with the actor as its first lead (one transaction: no team without a lead). */
export async function createTeam(actor: Actor, input: { name: string }): Promise<{ id: string }> {
  if (!(await canCreateTeam(actor))) throw new ForbiddenError("Only administrators and team leads can create teams.");
  return getDb().team.create({
    data: { name: input.name, createdById: actor.id, memberships: { create: { userId: actor.id, role: "LEAD" } } },
    select: { id: true },
  });
}
