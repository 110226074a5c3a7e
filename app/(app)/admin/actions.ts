"use server";

import { revalidatePath } from "next/cache";
import type { ActionState } from "@/lib/forms/action-result";
import { instanceSettingsSchema } from "@/lib/schemas/admin";
import { fieldErrorsOf } from "@/lib/schemas/field-errors";
import { getActionActor } from "@/lib/server/auth/action-actor";
import { updateInstanceSettings } from "@/lib/server/data/update-instance-settings";
import { toActionError } from "@/lib/server/to-action-error";

export async function updateSettingsAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const parsed = instanceSettingsSchema.safeParse({ signupEnabled: form.get("signupEnabled") ?? undefined });
  if (!parsed.success) return { ok: false, message: "Invalid settings.", fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    const saved = await updateInstanceSettings(await getActionActor(), parsed.data);
    revalidatePath("/admin");
    return { ok: true, message: saved.signupEnabled ? "Sign-up is open to anyone." : "Sign-up is closed." };
  } catch (error) {
    return toActionError(error, "update-settings");
  }
}
