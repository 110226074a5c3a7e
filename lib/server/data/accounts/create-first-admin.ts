import "server-only";
import { getDb } from "@/lib/server/db";
import { ConflictError, ForbiddenError } from "@/lib/server/errors";
import { signInMethods } from "@/lib/server/auth/sign-in-methods";
import { hashPassword } from "@/lib/server/auth/password";
import type { SignUpInput } from "@/lib/schemas/account";
import { isUniqueViolation } from "@/lib/server/data/internal/is-unique-violation";

const SETUP_CLOSED_MESSAGE = "This Quizformer is already set up, so this page is closed. Sign in instead.";

/**
 * Creates the first administrator and marks the instance set up, in one transaction.
 * The mark, not the presence of an admin, closes /setup: an instance that somehow
 * lost its admins must not be handed to the next visitor. Concurrent attempts race
 * on the settings row, and only the one that sets the mark creates an account.
 */
export async function createFirstAdmin(input: Pick<SignUpInput, "name" | "email" | "password">): Promise<{ id: string }> {
  // With password sign-in off, nobody could sign in to it: the first single sign-on becomes the administrator.
  if (!signInMethods().password) throw new ForbiddenError("This Quizformer signs people in with single sign-on only: its first sign-in becomes the administrator.");
  const passwordHash = await hashPassword(input.password);
  try {
    return await getDb().$transaction(async (tx) => {
      // Inserts the row or claims the unset mark; a concurrent claimer waits on the row and then
      // finds the mark set, so it gets no row back. Nothing is written unless this one wins.
      const claimed = await tx.$queryRaw<{ id: number }[]>`
        INSERT INTO "InstanceSettings" ("id", "setupCompletedAt", "updatedAt") VALUES (1, now(), now())
        ON CONFLICT ("id") DO UPDATE SET "setupCompletedAt" = now(), "updatedAt" = now()
        WHERE "InstanceSettings"."setupCompletedAt" IS NULL
        RETURNING "id"`;
      if (claimed.length === 0) throw new ConflictError(SETUP_CLOSED_MESSAGE);
      return tx.user.create({
        data: { name: input.name, email: input.email, passwordHash, role: "ADMIN" },
        select: { id: true },
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new ConflictError("An account with this email already exists.", { email: "An account with this email already exists." });
    }
    throw error;
  }
}
