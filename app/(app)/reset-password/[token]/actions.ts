"use server";

import { defineFormAction } from "@/lib/server/entry/define-action";
import { setPasswordFromLink, setPasswordFromLinkSchema } from "@/lib/server/data/accounts/set-password-from-link";

/** Public: the link's token is the credential. The browser signs in with the new password next. */
export const resetPasswordFromLinkAction = defineFormAction<typeof setPasswordFromLinkSchema, { email: string }, true>(
  { name: "reset-password-from-link", input: setPasswordFromLinkSchema, public: true, invalid: "Check the marked fields.", audit: true },
  async ({ input, now }) => ({ ok: true, data: await setPasswordFromLink(input, now) }),
);
