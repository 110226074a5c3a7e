"use server";

import { changePasswordSchema } from "@/lib/schemas/account";
import { timeZoneSchema, updateTimeZone } from "@/lib/server/data/accounts/update-time-zone";
import { defineFormAction } from "@/lib/server/entry/define-action";
import { changePassword } from "@/lib/server/data/accounts/change-password";

export const changePasswordAction = defineFormAction<typeof changePasswordSchema, { email: string }>(
  { name: "change-password", input: changePasswordSchema, audit: true },
  async ({ actor, input, now }) => {
    const { email } = await changePassword(actor, input, now);
    return { ok: true, message: "Password changed. Other devices have been signed out.", data: { email } };
  },
);

export const updateTimeZoneAction = defineFormAction<typeof timeZoneSchema, { timeZone: string }>(
  { name: "update-time-zone", input: timeZoneSchema, invalid: "Please fix the highlighted field." },
  async ({ actor, input }) => {
    const data = await updateTimeZone(actor, input);
    return { ok: true, message: `Your days now start at midnight in ${data.timeZone}.`, data };
  },
);
