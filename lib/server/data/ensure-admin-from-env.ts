import "server-only";
import { signUpSchema } from "@/lib/schemas/account";
import { fieldErrorsOf } from "@/lib/schemas/field-errors";
import { ConflictError, ValidationError } from "@/lib/server/errors";
import { createFirstAdmin } from "./create-first-admin";
import { needsSetup } from "./needs-setup";

/**
 * System task: with ADMIN_EMAIL and ADMIN_PASSWORD set, creates the first admin
 * without a browser. Does nothing once the instance is set up (never resets a password),
 * including when another app instance starting at the same time set it up first.
 */
export async function ensureAdminFromEnv(env: {
  ADMIN_EMAIL?: string;
  ADMIN_PASSWORD?: string;
  ADMIN_NAME?: string;
}): Promise<"created" | "already-set-up" | "not-configured"> {
  if (!env.ADMIN_EMAIL || !env.ADMIN_PASSWORD) return "not-configured";
  if (!(await needsSetup())) return "already-set-up";
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
  try {
    await createFirstAdmin(parsed.data);
  } catch (error) {
    if (error instanceof ConflictError && !(await needsSetup())) return "already-set-up";
    throw error;
  }
  return "created";
}
