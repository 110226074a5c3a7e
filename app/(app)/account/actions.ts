"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { changePasswordSchema } from "@/lib/schemas/account";
import { endCurrentSession } from "@/lib/server/auth/end-session";
import { timeZoneSchema, updateTimeZone } from "@/lib/server/data/accounts/update-time-zone";
import { defineAction, defineFormAction } from "@/lib/server/entry/define-action";
import { changePassword } from "@/lib/server/data/accounts/change-password";
import { createApiToken, createApiTokenSchema } from "@/lib/server/data/api-tokens/create-api-token";
import { revokeApiToken } from "@/lib/server/data/api-tokens/revoke-api-token";
import { recordIdSchema } from "@/lib/schemas/ids";
import { revalidatePath } from "next/cache";
import type { NewApiToken } from "@/lib/auth/new-api-token";

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

/** A personal access token, shown in the answer this once. */
export const createApiTokenAction = defineFormAction<typeof createApiTokenSchema, NewApiToken>(
  {
    name: "create-api-token",
    input: createApiTokenSchema,
    invalid: "Check the marked fields.",
    echo: ["name"],
    audit: true,
    // Several checkboxes share the name "scopes"; "never" is a token without an expiry.
    read: (form) => ({ name: form.get("name"), scopes: form.getAll("scopes"), expiresInDays: form.get("expiresInDays") === "never" ? null : Number(form.get("expiresInDays")) }),
  },
  async ({ actor, input, now }) => {
    const created = await createApiToken(actor, input, now);
    revalidatePath("/account");
    return { ok: true, data: { id: created.id, name: created.name, token: created.token, expiresAt: created.expiresAt?.toISOString() ?? null } };
  },
);

export const revokeApiTokenAction = defineAction<typeof recordIdSchema, undefined, false, [tokenId: string]>(
  { name: "revoke-api-token", input: recordIdSchema, invalid: "That token couldn't be read. Reload the page.", audit: true },
  async ({ actor, input, now }) => {
    await revokeApiToken(actor, input, now);
    revalidatePath("/account");
    return { ok: true, message: "Token revoked: it stops working at once." };
  },
);
