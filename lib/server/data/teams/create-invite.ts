import "server-only";
import { getDb } from "@/lib/server/db";
import { hashInviteToken, newInviteToken } from "@/lib/server/auth/invite-token";
import type { TeamRole } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/server/data/actor";
import { requireTeamManager } from "@/lib/server/data/internal/authz/team-access";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Creates an invite link for a team (leads and admins). Anyone signed in who opens
 * the link before it expires joins with the given role, except people removed from
 * the team after the link was created. The token is returned once.
 */
export async function createInvite(
  actor: Actor,
  input: { teamId: string; role: TeamRole; expiresInDays: number },
  now: Date,
): Promise<{ token: string; expiresAt: Date }> {
  const db = getDb();
  await requireTeamManager(db, actor, input.teamId);
  const token = newInviteToken();
  const expiresAt = new Date(now.getTime() + input.expiresInDays * DAY_MS);
  await db.invite.create({
    // createdAt from the same clock as removals: a link counts as created after a removal only if it was.
    data: { teamId: input.teamId, role: input.role, tokenHash: hashInviteToken(token), expiresAt, createdById: actor.id, createdAt: now },
  });
  return { token, expiresAt };
}
