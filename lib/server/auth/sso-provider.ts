import "server-only";
import type { OAuthConfig } from "next-auth/providers/oauth";
import { readSsoClaims, rolesFromGroups } from "@/lib/auth/sso-claims";
import { SSO_PROVIDER_ID, type SsoConfig } from "@/lib/auth/sso-config";
import { signInWithSso } from "@/lib/server/data/accounts/sign-in-with-sso";
import { log, summarizeError } from "@/lib/server/log";
import { clearSsoLinkCookies, readSsoLinkProofCookie, setSsoLinkCookie } from "./sso-link-cookie";

type Profile = Record<string, unknown> & { sub: string };

/**
 * The OpenID Connect provider: discovery from the issuer, the authorization code flow with
 * PKCE (S256), state and nonce, all checked by next-auth's OpenID client, which also checks
 * the ID token's signature (the provider's published keys), issuer, audience and expiry.
 * The account comes from the ID token's claims (idToken: true), never from the userinfo
 * endpoint, so what Quizformer trusts is what the provider signed.
 */
export function ssoProvider(config: SsoConfig): OAuthConfig<Profile> {
  return {
    id: SSO_PROVIDER_ID,
    name: config.name,
    type: "oauth",
    wellKnown: `${config.issuer.replace(/\/$/, "")}/.well-known/openid-configuration`,
    clientId: config.clientId,
    clientSecret: config.clientSecret,
    authorization: { params: { scope: "openid email profile" } },
    idToken: true,
    checks: ["pkce", "state", "nonce"],
    // A placeholder until the signIn callback finds the account: it replaces every field (no session yet: version -1).
    profile: (profile) => ({ id: profile.sub, name: null, email: null, image: null, sessionVersion: -1, sessionId: "" }),
  };
}

/**
 * next-auth's signIn callback for a single sign-on: finds or creates the account (see
 * signInWithSso) and hands its id and session to the jwt callback through `user`, which is
 * the same object next-auth goes on with. Returns true, or where to send the browser: the
 * link page, or the sign-in page with the reason it was turned away.
 */
export async function completeSsoSignIn(config: SsoConfig, options: { ssoOnly: boolean; sessionMaxAgeMs: number }, user: Record<string, unknown>, profile: Record<string, unknown> | undefined): Promise<true | string> {
  const claims = profile && readSsoClaims(profile, config);
  if (!claims) {
    log("warn", "sso_claims_missing", { has: profile ? Object.keys(profile).slice(0, 30) : [] });
    return "/signin?error=sso-claims";
  }
  try {
    const result = await signInWithSso({
      claims,
      roles: rolesFromGroups(claims.groups, config),
      teams: config.teamClaim ? claims.teams : null,
      ssoOnly: options.ssoOnly,
      linkProof: await readSsoLinkProofCookie(),
      now: new Date(),
      sessionMaxAgeMs: options.sessionMaxAgeMs,
    });
    await clearSsoLinkCookies({ keepRequest: result.kind === "link-required" });
    if (result.kind === "refused") return `/signin?error=sso-${result.reason}`;
    if (result.kind === "link-required") {
      await setSsoLinkCookie(result.token);
      return "/signin/link";
    }
    Object.assign(user, { id: result.user.id, email: result.user.email, name: result.user.name, sessionVersion: result.user.sessionVersion, sessionId: result.user.sessionId });
    return true;
  } catch (error) {
    log("error", "sso_sign_in_failed", { error: summarizeError(error) });
    return "/signin?error=sso-unavailable";
  }
}
