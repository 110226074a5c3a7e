"use server";

import { echoValues, type ActionState } from "@/lib/forms/action-result";
import { signUpSchema } from "@/lib/schemas/account";
import { fieldErrorsOf } from "@/lib/schemas/field-errors";
import { registerUser } from "@/lib/server/data/register-user";
import { toActionError } from "@/lib/server/to-action-error";

export async function signUpAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const parsed = signUpSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { ok: false, message: "Please fix the highlighted fields.", fieldErrors: fieldErrorsOf(parsed.error), values: echoValues(form, ["name", "email"]) };
  try {
    await registerUser(parsed.data);
    return { ok: true };
  } catch (error) {
    return { ...toActionError(error, "sign-up"), values: echoValues(form, ["name", "email"]) };
  }
}
