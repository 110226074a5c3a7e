import "server-only";
import { getDb } from "@/lib/server/db";
import { NotFoundError } from "@/lib/server/errors";
import type { Actor } from "@/lib/server/data/actor";
import { requireTeamManager } from "@/lib/server/data/internal/authz/team-access";

export async function revokeInvite(actor: Actor, input: { teamId: string; inviteId: string }, now: Date): Promise<void> {
  const db = getDb();
  await requireTeamManager(db, actor, input.teamId);
  const { count } = await db.invite.updateMany({
    where: { id: input.inviteId, teamId: input.teamId, revokedAt: null },
    data: { revokedAt: now },
  });
  if (count === 0) throw new NotFoundError("This invite doesn't exist or was already revoked.");
}
