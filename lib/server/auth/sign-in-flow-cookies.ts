import "server-only";
import type { CookiesOptions } from "next-auth";

/**
 * next-auth's cookies for one sign-in's checks (state, PKCE verifier, nonce) and the address to
 * return to, with the __Host- prefix over https. next-auth names them __Secure-, which a sibling
 * host may still set for the whole domain (Domain=…): a planted set of checks would let someone
 * else's authorization code finish a sign-in in this browser. __Host- cookies come only from this
 * host, for path /. Over http (development, loopback) next-auth's own names stay.
 */
export function signInFlowCookies(siteUrl: string | undefined): Partial<CookiesOptions> {
  if (!siteUrl?.startsWith("https://")) return {};
  const options = { httpOnly: true, sameSite: "lax" as const, path: "/", secure: true };
  return {
    state: { name: "__Host-next-auth.state", options: { ...options, maxAge: 15 * 60 } },
    pkceCodeVerifier: { name: "__Host-next-auth.pkce.code_verifier", options: { ...options, maxAge: 15 * 60 } },
    nonce: { name: "__Host-next-auth.nonce", options },
    callbackUrl: { name: "__Host-next-auth.callback-url", options },
  };
}
