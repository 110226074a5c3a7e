import "server-only";
import { z } from "zod";
import { getDb } from "@/lib/server/db";
import { ConflictError } from "@/lib/server/errors";
import { UNSET_PASSWORD_HASH } from "@/lib/server/auth/password";
import { emailSchema, nameSchema } from "@/lib/schemas/account";
import type { Actor } from "@/lib/server/data/actor";
import { requireAdmin } from "@/lib/server/data/internal/authz/require-admin";
import { isUniqueViolation } from "@/lib/server/data/internal/is-unique-violation";
import { issuePasswordSetup } from "./internal/issue-password-setup";
import { signInMethods } from "@/lib/server/auth/sign-in-methods";

export const createUserSchema = z.object({
  name: nameSchema,
  email: emailSchema,
  role: z.enum(["STUDENT", "ADMIN"], { error: "Choose student or admin." }),
});

/** With password sign-in off there is no setup link (null): the person signs in through single sign-on with the account's address. */
export type CreatedUser = { id: string; name: string; email: string; role: "STUDENT" | "ADMIN"; setupToken: string | null; expiresAt: Date | null };

/**
 * Admin-only: creates an account without a password and a one-time link (7 days) with which its
 * owner chooses one. The administrator never knows the password; the link is shown to them once.
 */
export async function createUser(actor: Actor, input: z.output<typeof createUserSchema>, now: Date): Promise<CreatedUser> {
  requireAdmin(actor);
  try {
    return await getDb().$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { name: input.name, email: input.email, role: input.role, passwordHash: UNSET_PASSWORD_HASH, createdAt: now },
        select: { id: true, name: true, email: true, role: true },
      });
      if (!signInMethods().password) return { ...user, setupToken: null, expiresAt: null };
      const { token, expiresAt } = await issuePasswordSetup(tx, user.id, now);
      return { ...user, setupToken: token, expiresAt };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError("An account with this email already exists.", { email: "An account with this email already exists." });
    throw error;
  }
}
