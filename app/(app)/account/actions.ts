"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { changePasswordSchema } from "@/lib/schemas/account";
import { endCurrentSession } from "@/lib/server/auth/end-session";
import { timeZoneSchema, updateTimeZone } from "@/lib/server/data/accounts/update-time-zone";
import { defineAction, defineFormAction } from "@/lib/server/entry/define-action";
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

/** The header's "Sign out": a plain form, so no sign-in library loads on every page. */
export const signOutAction = defineAction<z.ZodObject, undefined, true, [form: FormData]>(
  { name: "sign-out", input: z.object({}), args: () => ({}), public: true, audit: true },
  async ({ now }) => {
    await endCurrentSession(now);
    redirect("/");
  },
);
