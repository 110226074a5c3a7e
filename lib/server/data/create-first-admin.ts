import "server-only";
import { getDb } from "@/lib/server/db";
import { ConflictError } from "@/lib/server/errors";
import { hashPassword } from "@/lib/server/auth/password";
import type { SignUpInput } from "@/lib/schemas/account";
import { isUniqueViolation } from "./is-unique-violation";

// Any fixed key: serialises concurrent first-admin attempts across app instances.
const SETUP_LOCK_KEY = 724_201;

/**
 * Creates the first administrator. Refused once any admin exists, so /setup closes
 * itself; concurrent attempts are serialised by an advisory lock, so two visitors
 * racing on a fresh install cannot both become admin.
 */
export async function createFirstAdmin(input: Pick<SignUpInput, "name" | "email" | "password">): Promise<{ id: string }> {
  const passwordHash = await hashPassword(input.password);
  try {
    return await getDb().$transaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SETUP_LOCK_KEY})`;
      const existing = await tx.user.findFirst({ where: { role: "ADMIN" }, select: { id: true } });
      if (existing) throw new ConflictError("Setup is already complete: an administrator exists. Sign in instead.");
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
