import "server-only";
import { getDb } from "@/lib/server/db";
import { hashPassword } from "@/lib/server/auth/password";
import type { SignUpInput } from "@/lib/schemas/account";

/**
 * System task for the operator (ADMIN_EMAIL and ADMIN_PASSWORD at start): an instance that is set
 * up but has no active administrator left (one upgraded from before the last-admin rule held under
 * concurrency) gets one back. The account with that email is made an active admin (its password
 * unchanged), or created with the given password. Does nothing while any active admin exists.
 * Concurrent starts take turns on one lock, so only one restores.
 */
export async function restoreAdmin(input: Pick<SignUpInput, "name" | "email" | "password">): Promise<"restored" | "not-needed"> {
  const passwordHash = await hashPassword(input.password);
  return getDb().$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended('quizformer:restore-admin', 0))`;
    const active = await tx.user.count({ where: { role: "ADMIN", deactivatedAt: null } });
    if (active > 0) return "not-needed";
    await tx.user.upsert({
      where: { email: input.email },
      update: { role: "ADMIN", deactivatedAt: null },
      create: { name: input.name, email: input.email, passwordHash, role: "ADMIN" },
    });
    return "restored";
  });
}
