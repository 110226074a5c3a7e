"use server";

import { signUpSchema } from "@/lib/schemas/account";
import { defineFormAction } from "@/lib/server/entry/define-action";
import { registerUser } from "@/lib/server/data/accounts/register-user";

export const signUpAction = defineFormAction({ name: "sign-up", input: signUpSchema, public: true, echo: ["name", "email"], audit: true }, async ({ input }) => {
  await registerUser(input);
  return { ok: true };
});
