"use server";

import { headers } from "next/headers";
import { defineFormAction } from "@/lib/server/entry/define-action";
import { clientIp } from "@/lib/server/auth/client-ip";
import { clearSsoLinkCookie, readSsoLinkCookie } from "@/lib/server/auth/sso-link-cookie";
import { linkSsoIdentity, linkSsoIdentitySchema } from "@/lib/server/data/accounts/link-sso-identity";
import { GoneError } from "@/lib/server/errors";

/**
 * Public: the cookie's token (set by the single sign-on that found the account) and the
 * account's password are the credentials. On success the browser signs in through the
 * provider again, which now finds the linked account.
 */
export const linkSsoIdentityAction = defineFormAction<typeof linkSsoIdentitySchema, undefined, true>(
  { name: "link-sso-identity", input: linkSsoIdentitySchema, public: true, invalid: "Enter the password of your Quizformer account.", audit: true },
  async ({ input, now }) => {
    const token = await readSsoLinkCookie();
    if (!token) throw new GoneError("This sign-in waited too long to be linked. Continue with single sign-on again.");
    await linkSsoIdentity({ ...input, token, ip: clientIp(await headers()), now });
    await clearSsoLinkCookie();
    return { ok: true, message: "Linked." };
  },
);
