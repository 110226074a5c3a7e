import "server-only";
import { cookies } from "next/headers";
import { SSO_LINK_TTL_MS } from "@/lib/server/data/accounts/sign-in-with-sso";

/**
 * A pending link's two secrets travel in httpOnly cookies, never in the address (history, logs,
 * Referer): the request's token, set when a single sign-on found an account with a password,
 * and the proof, set where that account's password was given. Over https they carry the
 * __Host- prefix, so no other host (a sibling subdomain) can plant them.
 */
const secure = () => (process.env.NEXTAUTH_URL ?? "").startsWith("https://");
const name = (base: string) => (secure() ? `__Host-${base}` : base);
const REQUEST = "qf-sso-link";
const PROOF = "qf-sso-link-proof";

async function set(base: string, value: string): Promise<void> {
  (await cookies()).set(name(base), value, { httpOnly: true, sameSite: "lax", secure: secure(), path: "/", maxAge: SSO_LINK_TTL_MS / 1000 });
}

export async function setSsoLinkCookie(token: string): Promise<void> {
  await set(REQUEST, token);
}

export async function readSsoLinkCookie(): Promise<string | null> {
  return (await cookies()).get(name(REQUEST))?.value ?? null;
}

export async function setSsoLinkProofCookie(proof: string): Promise<void> {
  await set(PROOF, proof);
}

export async function readSsoLinkProofCookie(): Promise<string | null> {
  return (await cookies()).get(name(PROOF))?.value ?? null;
}

/** After a single sign-on came back: its proof had its one chance, and a finished sign-in has no pending link. */
export async function clearSsoLinkCookies(options: { keepRequest: boolean }): Promise<void> {
  const jar = await cookies();
  const gone = { httpOnly: true, sameSite: "lax" as const, secure: secure(), path: "/", maxAge: 0 };
  if (jar.get(name(PROOF))) jar.set(name(PROOF), "", gone);
  if (!options.keepRequest && jar.get(name(REQUEST))) jar.set(name(REQUEST), "", gone);
}
