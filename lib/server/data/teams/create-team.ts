import "server-only";
import { z } from "zod";
import { teamNameSchema } from "@/lib/schemas/team";
import { getDb } from "@/lib/server/db";
import { ForbiddenError } from "@/lib/server/errors";
import type { Actor } from "@/lib/server/data/actor";
import { canCreateTeam } from "./can-create-team";

export const createTeamSchema = z.object({ name: teamNameSchema });

/** Creates a team with the actor as its first lead (one transaction: no team without a lead). */
export async function createTeam(actor: Actor, input: z.output<typeof createTeamSchema>): Promise<{ id: string }> {
  if (!(await canCreateTeam(actor))) throw new ForbiddenError("Only administrators and team leads can create teams.");
  return getDb().team.create({
    data: { name: input.name, createdById: actor.id, memberships: { create: { userId: actor.id, role: "LEAD" } } },
    select: { id: true },
  });
}
