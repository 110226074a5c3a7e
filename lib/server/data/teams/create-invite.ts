import "server-only";
import { z } from "zod";
import { teamRoleSchema } from "@/lib/schemas/team";
import { text } from "@/lib/schemas/text";
import { getDb } from "@/lib/server/db";
import { hashLinkToken, newLinkToken } from "@/lib/server/auth/link-token";
import type { Actor } from "@/lib/server/data/actor";
import { requireTeamManager } from "@/lib/server/data/internal/authz/team-access";

export const createInviteSchema = z.object({
  teamId: text().min(1),
  role: teamRoleSchema.default("MEMBER"),
  expiresInDays: z.coerce
    .number({ error: "Choose how long the link stays valid." })
    .int()
    .min(1, { error: "At least 1 day." })
    .max(30, { error: "At most 30 days." }),
});

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Creates an invite link for a team (leads and admins). Anyone signed in who opens
 * the link before it expires joins with the given role, except people removed from
 * the team after the link was created. The token is returned once.
 */
export async function createInvite(
  actor: Actor,
  input: z.output<typeof createInviteSchema>,
  now: Date,
): Promise<{ token: string; expiresAt: Date }> {
  const db = getDb();
  await requireTeamManager(db, actor, input.teamId);
  const token = newLinkToken();
  const expiresAt = new Date(now.getTime() + input.expiresInDays * DAY_MS);
  await db.invite.create({
    // createdAt from the same clock as removals: a link counts as created after a removal only if it was.
    data: { teamId: input.teamId, role: input.role, tokenHash: hashLinkToken(token), expiresAt, createdById: actor.id, createdAt: now },
  });
  return { token, expiresAt };
}
