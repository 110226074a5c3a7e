import "server-only";
import { cookies } from "next/headers";
import { SSO_LINK_TTL_MS } from "@/lib/server/data/accounts/sign-in-with-sso";

/**
 * The pending link's token travels in an httpOnly cookie, not the address: it never shows in
 * history, logs or a Referer. Secure whenever the site is served over https.
 */
const NAME = "qf-sso-link";

const secure = () => (process.env.NEXTAUTH_URL ?? "").startsWith("https://");

export async function setSsoLinkCookie(token: string): Promise<void> {
  (await cookies()).set(NAME, token, { httpOnly: true, sameSite: "lax", secure: secure(), path: "/", maxAge: SSO_LINK_TTL_MS / 1000 });
}

export async function readSsoLinkCookie(): Promise<string | null> {
  return (await cookies()).get(NAME)?.value ?? null;
}
