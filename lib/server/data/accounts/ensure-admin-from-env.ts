import "server-only";
import { getDb } from "@/lib/server/db";
import { signUpSchema } from "@/lib/schemas/account";
import { fieldErrorsOf } from "@/lib/schemas/field-errors";
import { ConflictError, ValidationError } from "@/lib/server/errors";
import { createFirstAdmin } from "./create-first-admin";
import { needsSetup } from "@/lib/server/data/instance/needs-setup";
import { restoreAdmin } from "./internal/restore-admin";
import { signInMethods } from "@/lib/server/auth/sign-in-methods";

/**
 * System task: with ADMIN_EMAIL and ADMIN_PASSWORD set, creates the first admin
 * without a browser. Once the instance is set up it never resets a password and does
 * nothing, including when another app instance starting at the same time set it up
 * first, unless no active administrator is left: then that account becomes one again
 * (restoreAdmin), the operator's way back.
 */
export async function ensureAdminFromEnv(env: {
  ADMIN_EMAIL?: string;
  ADMIN_PASSWORD?: string;
  ADMIN_NAME?: string;
}): Promise<"created" | "restored" | "already-set-up" | "not-configured"> {
  if (!env.ADMIN_EMAIL || !env.ADMIN_PASSWORD) return "not-configured";
  if (!signInMethods().password) {
    throw new ValidationError(
      "ADMIN_EMAIL and ADMIN_PASSWORD make a password administrator, and PASSWORD_SIGNIN=off leaves nobody a way to use it: unset them (the first single sign-on sets the instance up) or turn password sign-in on.",
      {},
    );
  }
  // The usual case at every start: set up, with an admin. Nothing to do, nothing to check.
  if (!(await needsSetup()) && (await getDb().user.count({ where: { role: "ADMIN", deactivatedAt: null } })) > 0) return "already-set-up";
  const parsed = signUpSchema.safeParse({
    name: env.ADMIN_NAME ?? "Administrator",
    email: env.ADMIN_EMAIL,
    password: env.ADMIN_PASSWORD,
    confirmPassword: env.ADMIN_PASSWORD,
  });
  if (!parsed.success) {
    const errors = fieldErrorsOf(parsed.error);
    throw new ValidationError(`ADMIN_EMAIL/ADMIN_PASSWORD rejected: ${Object.entries(errors).map(([k, v]) => `${k}: ${v}`).join("; ")}`, errors);
  }
  if (!(await needsSetup())) return (await restoreAdmin(parsed.data)) === "restored" ? "restored" : "already-set-up";
  try {
    await createFirstAdmin(parsed.data);
  } catch (error) {
    if (error instanceof ConflictError && !(await needsSetup())) return (await restoreAdmin(parsed.data)) === "restored" ? "restored" : "already-set-up";
    throw error;
  }
  return "created";
}
