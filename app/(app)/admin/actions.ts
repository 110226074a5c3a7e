"use server";

import { revalidatePath } from "next/cache";
import { instanceSettingsSchema, updateInstanceSettings } from "@/lib/server/data/instance/update-instance-settings";
import { defineFormAction } from "@/lib/server/entry/define-action";

export const updateSettingsAction = defineFormAction(
  { name: "update-settings", input: instanceSettingsSchema, invalid: "Invalid settings.", read: (form) => ({ signupEnabled: form.get("signupEnabled") ?? undefined }), audit: true },
  async ({ actor, input }) => {
    const saved = await updateInstanceSettings(actor, input);
    revalidatePath("/admin");
    return { ok: true, message: saved.signupEnabled ? "Sign-up is open to anyone." : "Sign-up is closed." };
  },
);
