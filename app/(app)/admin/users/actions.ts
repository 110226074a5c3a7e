"use server";

import { revalidatePath } from "next/cache";
import { setUserActiveSchema, setUserActive } from "@/lib/server/data/accounts/set-user-active";
import { setUserRoleSchema, setUserRole } from "@/lib/server/data/accounts/set-user-role";
import { defineAction, defineFormAction } from "@/lib/server/entry/define-action";
import { createUser, createUserSchema, type CreatedUser } from "@/lib/server/data/accounts/create-user";
import { createUsersFromCsv, csvUploadSchema, CsvUploadError } from "@/lib/server/data/accounts/create-users-from-csv";
import { renewPasswordSetup } from "@/lib/server/data/accounts/renew-password-setup";
import { issuePasswordReset } from "@/lib/server/data/accounts/issue-password-reset";
import { recordIdSchema } from "@/lib/schemas/ids";
import type { CreatedUserLink } from "@/lib/accounts/created-user-link";
import type { PasswordLinkView } from "@/lib/accounts/password-link";
import { unlinkSsoIdentities, unlinkSsoIdentitiesSchema } from "@/lib/server/data/accounts/unlink-sso-identities";

/** What the browser gets for a created account: its setup token once, to build the link. */
function toLink(user: CreatedUser): CreatedUserLink {
  return { name: user.name, email: user.email, role: user.role, setupToken: user.setupToken, expiresAt: user.expiresAt?.toISOString() ?? null };
}

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

export const unlinkSsoIdentitiesAction = defineFormAction(
  { name: "unlink-sso-identities", input: unlinkSsoIdentitiesSchema, invalid: "Invalid request.", audit: true },
  async ({ actor, input }) => {
    const { email } = await unlinkSsoIdentities(actor, input);
    revalidatePath("/admin/users");
    return { ok: true, message: `${email} is no longer linked to single sign-on and was signed out.` };
  },
);

export const createUserAction = defineFormAction<typeof createUserSchema, CreatedUserLink>(
  { name: "create-user", input: createUserSchema, invalid: "Check the marked fields.", echo: ["name", "email", "role"], audit: true },
  async ({ actor, input, now }) => {
    const user = await createUser(actor, input, now);
    revalidatePath("/admin/users");
    return { ok: true, message: `Account created for ${user.email}.`, data: toLink(user) };
  },
);

export const createUsersFromCsvAction = defineAction<typeof csvUploadSchema, CreatedUserLink[]>(
  { name: "create-users-from-csv", input: csvUploadSchema, invalid: "That file couldn't be read: use a CSV file of at most 1 MB.", audit: true },
  async ({ actor, input, now }) => {
    try {
      const users = await createUsersFromCsv(actor, input.csv, now);
      revalidatePath("/admin/users");
      return { ok: true, data: users.map(toLink) };
    } catch (error) {
      // The problems travel with the result, one per line of the file, for the report.
      if (error instanceof CsvUploadError) return { ok: false, message: error.message, fieldErrors: Object.fromEntries(error.problems.map((p) => [`line ${p.line}`, p.message])) };
      throw error;
    }
  },
);

export const renewPasswordSetupAction = defineAction<typeof recordIdSchema, PasswordLinkView, false, [userId: string]>(
  { name: "renew-password-setup", input: recordIdSchema, invalid: "That account couldn't be read. Reload the page.", audit: true },
  async ({ actor, input, now }) => {
    const renewed = await renewPasswordSetup(actor, input, now);
    return { ok: true, data: { email: renewed.email, token: renewed.setupToken, expiresAt: renewed.expiresAt.toISOString() } };
  },
);

/** A one-time link that replaces the account's password (shown once; the account is signed out everywhere when it is used). */
export const issuePasswordResetAction = defineAction<typeof recordIdSchema, PasswordLinkView, false, [userId: string]>(
  { name: "issue-password-reset", input: recordIdSchema, invalid: "That account couldn't be read. Reload the page.", audit: true },
  async ({ actor, input, now }) => {
    const issued = await issuePasswordReset(actor, input, now);
    revalidatePath("/admin/users");
    return { ok: true, data: { email: issued.email, token: issued.token, expiresAt: issued.expiresAt.toISOString() } };
  },
);
