"use server";

import { revalidatePath } from "next/cache";
import { setUserActiveSchema, setUserRoleSchema } from "@/lib/schemas/admin";
import { defineFormAction } from "@/lib/server/entry/define-action";
import { setUserActive } from "@/lib/server/data/accounts/set-user-active";
import { setUserRole } from "@/lib/server/data/accounts/set-user-role";

export const setUserRoleAction = defineFormAction({ name: "set-user-role", input: setUserRoleSchema, invalid: "Choose a valid role.", audit: true }, async ({ actor, input }) => {
  await setUserRole(actor, input);
  revalidatePath("/admin/users");
  return { ok: true, message: "Role updated." };
});

export const setUserActiveAction = defineFormAction({ name: "set-user-active", input: setUserActiveSchema, invalid: "Invalid request.", audit: true }, async ({ actor, input }) => {
  await setUserActive(actor, input);
  revalidatePath("/admin/users");
  return { ok: true, message: input.active ? "Account reactivated." : "Account deactivated and signed out." };
});
