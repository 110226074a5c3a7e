import "server-only";
import type { Db } from "@/lib/server/db";
import { GoneError, NotFoundError } from "@/lib/server/errors";
import { hashInviteToken } from "@/lib/server/auth/invite-token";
import type { TeamRole } from "@/lib/generated/prisma/enums";
import { formatUtcDateTime } from "@/lib/server/data/internal/utc-date-time";

export type UsableInvite = { id: string; teamId: string; teamName: string; role: TeamRole; expiresAt: Date; createdAt: Date };

/** Looks an invite up by its token and says precisely why it can't be used. */
export async function findUsableInvite(db: Pick<Db, "invite">, token: string, now: Date): Promise<UsableInvite> {
  const invite = await db.invite.findUnique({
    where: { tokenHash: hashInviteToken(token) },
    select: { id: true, teamId: true, role: true, expiresAt: true, revokedAt: true, createdAt: true, team: { select: { name: true } } },
  });
  if (!invite) throw new NotFoundError("This invite link isn't valid. Check that you copied all of it.");
  if (invite.revokedAt) throw new GoneError(`This invite to ${invite.team.name} was revoked. Ask a team lead for a new link.`);
  if (invite.expiresAt <= now) {
    throw new GoneError(`This invite to ${invite.team.name} expired on ${formatUtcDateTime(invite.expiresAt)}. Ask a team lead for a new link.`);
  }
  return {
    id: invite.id,
    teamId: invite.teamId,
    teamName: invite.team.name,
    role: invite.role,
    expiresAt: invite.expiresAt,
    createdAt: invite.createdAt,
  };
}
