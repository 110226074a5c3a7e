import "server-only";
import { getDb } from "@/lib/server/db";
import { NotFoundError, ValidationError } from "@/lib/server/errors";
import { hashPassword, verifyPassword } from "@/lib/server/auth/password";
import type { Actor } from "./actor";

/**
 * Changes the actor's own password after checking the current one. Bumps the
 * session version, which signs out every other session of this user.
 */
export async function changePassword(actor: Actor, input: { currentPassword: string; newPassword: string }): Promise<{ email: string }> {
  const db = getDb();
  const user = await db.user.findUnique({ where: { id: actor.id }, select: { passwordHash: true, email: true } });
  if (!user) throw new NotFoundError("Your account no longer exists.");
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new ValidationError("The current password is wrong.", { currentPassword: "That's not your current password." });
  }
  await db.user.update({
    where: { id: actor.id },
    data: { passwordHash: await hashPassword(input.newPassword), sessionVersion: { increment: 1 } },
  });
  return { email: user.email };
}
