"use server";

import { revalidatePath } from "next/cache";
import { setUserActiveSchema, setUserActive } from "@/lib/server/data/accounts/set-user-active";
import { setUserRoleSchema, setUserRole } from "@/lib/server/data/accounts/set-user-role";
import { defineFormAction } from "@/lib/server/entry/define-action";

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
