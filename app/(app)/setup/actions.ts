"use server";

import { signUpSchema } from "@/lib/schemas/account";
import { defineFormAction } from "@/lib/server/entry/define-action";
import { createFirstAdmin } from "@/lib/server/data/accounts/create-first-admin";

export const setupAction = defineFormAction({ name: "setup", input: signUpSchema, public: true, echo: ["name", "email"], audit: true }, async ({ input }) => {
  await createFirstAdmin(input);
  return { ok: true };
});
