import "server-only";
import type { Db } from "@/lib/server/db";
import { GoneError, NotFoundError } from "@/lib/server/errors";
import { hashLinkToken } from "@/lib/server/auth/link-token";
import type { TeamRole } from "@/lib/generated/prisma/enums";
import { actorTimeZone, formatMoment } from "@/lib/server/data/internal/format-moment";

export type UsableInvite = { id: string; teamId: string; teamName: string; role: TeamRole; expiresAt: Date; createdAt: Date };

/** Looks an invite up by its token and says precisely why it can't be used. */
/** `readerId`: whose account zone an expiry is named in. */
export async function findUsableInvite(db: Pick<Db, "invite" | "user">, token: string, now: Date, readerId: string): Promise<UsableInvite> {
  const invite = await db.invite.findUnique({
    where: { tokenHash: hashLinkToken(token) },
    select: { id: true, teamId: true, role: true, expiresAt: true, revokedAt: true, createdAt: true, team: { select: { name: true } } },
  });
  if (!invite) throw new NotFoundError("This invite link isn't valid. Check that you copied all of it.");
  if (invite.revokedAt) throw new GoneError(`This invite to ${invite.team.name} was revoked. Ask a team lead for a new link.`);
  if (invite.expiresAt <= now) {
    throw new GoneError(`This invite to ${invite.team.name} expired on ${formatMoment(invite.expiresAt, await actorTimeZone(db, readerId))}. Ask a team lead for a new link.`);
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
