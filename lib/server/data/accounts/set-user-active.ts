import "server-only";
import { z } from "zod";
import { text } from "@/lib/schemas/text";
import { getDb } from "@/lib/server/db";
import { ConflictError } from "@/lib/server/errors";
import type { Actor } from "@/lib/server/data/actor";
import { lockAdminRoster } from "@/lib/server/data/internal/authz/lock-admin-roster";
import { requireAdmin } from "@/lib/server/data/internal/authz/require-admin";
import { revokeApiTokens } from "./internal/revoke-api-tokens";

export const setUserActiveSchema = z.object({
  userId: text().min(1),
  active: z.enum(["true", "false"]).transform((v) => v === "true"),
});

/**
 * Admin-only. Deactivating signs the user out everywhere (session version bump)
 * and blocks sign-in; their data stays. Admins cannot deactivate themselves, and
 * the last active administrator can't be deactivated, even by concurrent requests.
 */
export async function setUserActive(actor: Actor, input: z.output<typeof setUserActiveSchema>): Promise<void> {
  requireAdmin(actor);
  if (input.userId === actor.id && !input.active) throw new ConflictError("You can't deactivate your own account.");
  await getDb().$transaction(async (tx) => {
    const { target, otherActiveAdmins } = await lockAdminRoster(tx, actor.id, input.userId);
    if (input.active) {
      if (target.deactivatedAt) await tx.user.update({ where: { id: input.userId }, data: { deactivatedAt: null } });
      return;
    }
    if (target.deactivatedAt) return;
    if (target.role === "ADMIN" && otherActiveAdmins === 0) {
      throw new ConflictError("This is the only active administrator. Make someone else an admin first.");
    }
    const now = new Date();
    await tx.user.update({ where: { id: input.userId }, data: { deactivatedAt: now, sessionVersion: { increment: 1 } } });
    // A pending password link and the API tokens die with the account's access; reactivating brings neither back.
    await tx.passwordSetup.deleteMany({ where: { userId: input.userId } });
    await tx.ssoLinkRequest.deleteMany({ where: { userId: input.userId } });
    await revokeApiTokens(tx, input.userId, now);
  });
}
