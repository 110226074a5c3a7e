"use server";

import type { ActionState } from "@/lib/forms/action-result";
import { changePasswordSchema, timeZoneSchema } from "@/lib/schemas/account";
import { fieldErrorsOf } from "@/lib/schemas/field-errors";
import { getActionActor } from "@/lib/server/auth/action-actor";
import { changePassword } from "@/lib/server/data/change-password";
import { updateTimeZone } from "@/lib/server/data/update-time-zone";
import { toActionError } from "@/lib/server/to-action-error";

export async function changePasswordAction(_prev: ActionState<{ email: string }>, form: FormData): Promise<ActionState<{ email: string }>> {
  const parsed = changePasswordSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { ok: false, message: "Please fix the highlighted fields.", fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    const actor = await getActionActor();
    const { email } = await changePassword(actor, parsed.data, new Date());
    return { ok: true, message: "Password changed. Other devices have been signed out.", data: { email } };
  } catch (error) {
    return toActionError(error, "change-password");
  }
}

export async function updateTimeZoneAction(_prev: ActionState<{ timeZone: string }>, form: FormData): Promise<ActionState<{ timeZone: string }>> {
  const parsed = timeZoneSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { ok: false, message: "Please fix the highlighted field.", fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    const data = await updateTimeZone(await getActionActor(), parsed.data);
    return { ok: true, message: `Your days now start at midnight in ${data.timeZone}.`, data };
  } catch (error) {
    return toActionError(error, "update-time-zone");
  }
}
