/**
 * Single sign-on (OpenID Connect) and password sign-in, as the environment sets them.
 * Read once at start (a mistake stops `npm start` before it serves) and by next-auth's
 * options; pure, so tests pass the environment in.
 */
export type SsoConfig = {
  /** The issuer URL exactly as the provider's discovery document states it. */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Shown on the button: "Continue with <name>". */
  name: string;
  /** The ID token claim that lists the person's groups. */
  groupsClaim: string;
  /** Members of any of these groups are administrators, everyone else students; empty: roles are managed in Quizformer. */
  adminGroups: readonly string[];
  /** Members of any of these groups lead the teams their team claim names; the others are members. */
  leadGroups: readonly string[];
  /** The ID token claim that names the person's teams (Quizformer team names); unset: teams are managed in Quizformer. */
  teamClaim: string | null;
};

export type SignInMethods = { sso: SsoConfig | null; password: boolean };

const list = (value: string | undefined): string[] =>
  (value ?? "")
    .split(",")
    .map((v) => v.trim())
    .filter(Boolean);

const SSO_VARIABLES = ["OIDC_ISSUER", "OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET"] as const;

/** The sign-in methods the environment turns on; throws a message naming the variable for a setting that can't work. */
export function readSignInMethods(env: Readonly<Record<string, string | undefined>>): SignInMethods {
  const given = SSO_VARIABLES.filter((name) => env[name]?.trim());
  let sso: SsoConfig | null = null;
  if (given.length) {
    const missing = SSO_VARIABLES.filter((name) => !env[name]?.trim());
    if (missing.length) throw new Error(`Single sign-on needs ${missing.join(" and ")} as well as ${given.join(" and ")}.`);
    const issuer = env.OIDC_ISSUER!.trim();
    let url: URL;
    try {
      url = new URL(issuer);
    } catch {
      throw new Error(`OIDC_ISSUER must be the provider's issuer URL (https://…); got "${issuer}".`);
    }
    const loopback = ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname);
    if (url.protocol !== "https:" && !(url.protocol === "http:" && loopback)) {
      throw new Error(`OIDC_ISSUER must use https (plain http only on this machine's loopback); got "${issuer}".`);
    }
    sso = {
      issuer,
      clientId: env.OIDC_CLIENT_ID!.trim(),
      clientSecret: env.OIDC_CLIENT_SECRET!.trim(),
      name: env.OIDC_NAME?.trim() || "single sign-on",
      groupsClaim: env.OIDC_GROUPS_CLAIM?.trim() || "groups",
      adminGroups: list(env.OIDC_ADMIN_GROUPS),
      leadGroups: list(env.OIDC_LEAD_GROUPS),
      teamClaim: env.OIDC_TEAM_CLAIM?.trim() || null,
    };
  }
  const passwordSetting = (env.PASSWORD_SIGNIN ?? "on").trim().toLowerCase();
  if (!["on", "off", ""].includes(passwordSetting)) throw new Error(`PASSWORD_SIGNIN must be on or off; got "${env.PASSWORD_SIGNIN}".`);
  const password = passwordSetting !== "off";
  if (!password && !sso) throw new Error("PASSWORD_SIGNIN=off needs single sign-on (OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET): nobody could sign in.");
  return { sso, password };
}

/** The provider id next-auth routes by (/api/auth/signin/sso, /api/auth/callback/sso). */
export const SSO_PROVIDER_ID = "sso";
