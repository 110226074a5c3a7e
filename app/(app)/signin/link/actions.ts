"use server";

import { headers } from "next/headers";
import { defineFormAction } from "@/lib/server/entry/define-action";
import { clientIp } from "@/lib/server/auth/client-ip";
import { readSsoLinkCookie, setSsoLinkProofCookie } from "@/lib/server/auth/sso-link-cookie";
import { confirmSsoLink, confirmSsoLinkSchema } from "@/lib/server/data/accounts/confirm-sso-link";
import { NotFoundError } from "@/lib/server/errors";

/**
 * Public: the pending link's cookie and the account's password are the credentials. On success
 * this browser gets the proof (a cookie) and signs in through the provider again; that sign-in
 * makes the link.
 */
export const confirmSsoLinkAction = defineFormAction<typeof confirmSsoLinkSchema, undefined, true>(
  { name: "confirm-sso-link", input: confirmSsoLinkSchema, public: true, invalid: "Enter the password of your Quizformer account.", audit: true },
  async ({ input, now }) => {
    const token = await readSsoLinkCookie();
    if (!token) throw new NotFoundError("Nothing is waiting to be linked in this browser. Continue with single sign-on again.");
    const { proof } = await confirmSsoLink({ ...input, token, ip: clientIp(await headers()), now });
    await setSsoLinkProofCookie(proof);
    return { ok: true, message: "Password confirmed." };
  },
);
