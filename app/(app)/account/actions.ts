"use server";

import type { ActionState } from "@/lib/forms/action-result";
import { changePasswordSchema } from "@/lib/schemas/account";
import { fieldErrorsOf } from "@/lib/schemas/field-errors";
import { getActionActor } from "@/lib/server/auth/action-actor";
import { changePassword } from "@/lib/server/data/change-password";
import { toActionError } from "@/lib/server/to-action-error";

export async function changePasswordAction(_prev: ActionState<{ email: string }>, form: FormData): Promise<ActionState<{ email: string }>> {
  const parsed = changePasswordSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { ok: false, message: "Please fix the highlighted fields.", fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    const actor = await getActionActor();
    const { email } = await changePassword(actor, parsed.data);
    return { ok: true, message: "Password changed. Other devices have been signed out.", data: { email } };
  } catch (error) {
    return toActionError(error, "change-password");
  }
}
