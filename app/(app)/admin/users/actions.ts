"use server";

import { revalidatePath } from "next/cache";
import type { ActionState } from "@/lib/forms/action-result";
import { setUserActiveSchema, setUserRoleSchema } from "@/lib/schemas/admin";
import { fieldErrorsOf } from "@/lib/schemas/field-errors";
import { getActionActor } from "@/lib/server/auth/action-actor";
import { setUserActive } from "@/lib/server/data/set-user-active";
import { setUserRole } from "@/lib/server/data/set-user-role";
import { toActionError } from "@/lib/server/to-action-error";

export async function setUserRoleAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const parsed = setUserRoleSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { ok: false, message: "Choose a valid role.", fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    await setUserRole(await getActionActor(), parsed.data);
    revalidatePath("/admin/users");
    return { ok: true, message: "Role updated." };
  } catch (error) {
    return toActionError(error, "set-user-role");
  }
}

export async function setUserActiveAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const parsed = setUserActiveSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { ok: false, message: "Invalid request.", fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    await setUserActive(await getActionActor(), parsed.data);
    revalidatePath("/admin/users");
    return { ok: true, message: parsed.data.active ? "Account reactivated." : "Account deactivated and signed out." };
  } catch (error) {
    return toActionError(error, "set-user-active");
  }
}
