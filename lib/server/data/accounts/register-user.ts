import "server-only";
import { getDb } from "@/lib/server/db";
import { ConflictError, ForbiddenError } from "@/lib/server/errors";
import { hashPassword } from "@/lib/server/auth/password";
import type { SignUpInput } from "@/lib/schemas/account";
import { getInstanceSettings } from "@/lib/server/data/instance/get-instance-settings";
import { isUniqueViolation } from "@/lib/server/data/internal/is-unique-violation";
import { needsSetup } from "@/lib/server/data/instance/needs-setup";
import { signInMethods } from "@/lib/server/auth/sign-in-methods";

/** Self-service sign-up as a student. Closed when an admin turned sign-ups off, and before setup. */
export async function registerUser(input: Pick<SignUpInput, "name" | "email" | "password"> & { timeZone?: string }): Promise<{ id: string }> {
  if (!signInMethods().password) throw new ForbiddenError("This Quizformer signs people in with single sign-on only: continue with it on the sign-in page.");
  if (await needsSetup()) throw new ForbiddenError("Quizformer isn't set up yet: the first visitor creates the admin account at /setup.");
  if (!(await getInstanceSettings()).signupEnabled) {
    throw new ForbiddenError("Sign-up is closed on this Quizformer. Ask an administrator for an account.");
  }
  const passwordHash = await hashPassword(input.password);
  try {
    return await getDb().user.create({
      data: { name: input.name, email: input.email, passwordHash, role: "STUDENT", ...(input.timeZone ? { timeZone: input.timeZone } : {}) },
      select: { id: true },
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new ConflictError("An account with this email already exists.", {
        email: "An account with this email already exists. Sign in instead?",
      });
    }
    throw error;
  }
}
