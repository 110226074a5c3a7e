"use server";

import { headers } from "next/headers";
import { defineFormAction } from "@/lib/server/entry/define-action";
import { clientIp } from "@/lib/server/auth/client-ip";
import { readSsoLinkCookie } from "@/lib/server/auth/sso-link-cookie";
import { linkSsoIdentity, linkSsoIdentitySchema } from "@/lib/server/data/accounts/link-sso-identity";
import { NotFoundError } from "@/lib/server/errors";

/**
 * Public: the cookie's token (set by the single sign-on that found the account) and the
 * account's password are the credentials. On success the browser signs in through the
 * provider again, which now finds the linked account.
 */
export const linkSsoIdentityAction = defineFormAction<typeof linkSsoIdentitySchema, undefined, true>(
  { name: "link-sso-identity", input: linkSsoIdentitySchema, public: true, invalid: "Enter the password of your Quizformer account.", audit: true },
  async ({ input, now }) => {
    const token = await readSsoLinkCookie();
    if (!token) throw new NotFoundError("Nothing is waiting to be linked in this browser. Continue with single sign-on again.");
    await linkSsoIdentity({ ...input, token, ip: clientIp(await headers()), now });
    // The cookie stays until it expires: clearing it would re-render this page under the form
    // (a cookie change refreshes the route), and the request it names is used up anyway.
    return { ok: true, message: "Linked." };
  },
);
