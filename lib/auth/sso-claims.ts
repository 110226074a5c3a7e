import { emailSchema } from "@/lib/schemas/account";
import type { SsoConfig } from "./sso-config";

/** What Quizformer takes from a verified ID token. */
export type SsoClaims = {
  issuer: string;
  /** The provider's stable id for the person: accounts are found by (issuer, subject), never by email alone. */
  subject: string;
  email: string;
  emailVerified: boolean;
  name: string;
  groups: string[];
  teams: string[];
};

/** Where the groups claim says it: admin (or student) when admin groups are configured, and lead of the claimed teams. */
export type SsoRoles = { role: "ADMIN" | "STUDENT" | null; lead: boolean };

const MAX_NAME = 100;
// OpenID Connect caps `sub` at 255 ASCII characters.
const MAX_SUBJECT = 255;

const MAX_VALUES = 200;

/**
 * The claims of an ID token whose signature, issuer, audience, expiry and nonce the
 * OpenID client already checked. Returns null when a claim Quizformer needs is missing.
 */
export function readSsoClaims(claims: Readonly<Record<string, unknown>>, config: Pick<SsoConfig, "issuer" | "groupsClaim" | "teamClaim">): SsoClaims | null {
  const subject = typeof claims.sub === "string" ? claims.sub : "";
  // The same rules as an address typed at sign-up.
  const parsed = emailSchema.safeParse(claims.email);
  if (!subject || subject.length > MAX_SUBJECT || !parsed.success) return null;
  const email = parsed.data;
  // Some providers send the flag as a string.
  const emailVerified = claims.email_verified === true || claims.email_verified === "true";
  const named = [claims.name, [claims.given_name, claims.family_name].filter((p) => typeof p === "string").join(" "), claims.preferred_username].find(
    (v): v is string => typeof v === "string" && v.trim() !== "",
  );
  // Format characters (bidi overrides, zero-width) would let a name pose as another one.
  const name = (named ?? email.split("@")[0]!).replace(/\p{Cf}/gu, "").replace(/\s+/g, " ").trim().slice(0, MAX_NAME) || email.split("@")[0]!;
  return {
    issuer: typeof claims.iss === "string" ? claims.iss : config.issuer,
    subject,
    email,
    emailVerified,
    name,
    groups: stringList(claims[config.groupsClaim]),
    teams: config.teamClaim ? stringList(claims[config.teamClaim]) : [],
  };
}

/** A claim that holds one name or a list of them; anything else counts as none. */
function stringList(value: unknown): string[] {
  const values = Array.isArray(value) ? value : typeof value === "string" ? [value] : [];
  return [...new Set(values.filter((v): v is string => typeof v === "string").map((v) => v.trim()).filter(Boolean))].slice(0, MAX_VALUES);
}

/** Keycloak writes groups as paths ("/staff/admins"): a leading slash is ignored on both sides. */
const groupKey = (group: string) => group.replace(/^\//, "");

export function rolesFromGroups(groups: readonly string[], config: Pick<SsoConfig, "adminGroups" | "leadGroups">): SsoRoles {
  const held = new Set(groups.map(groupKey));
  const inAny = (wanted: readonly string[]) => wanted.some((g) => held.has(groupKey(g)));
  return { role: config.adminGroups.length ? (inAny(config.adminGroups) ? "ADMIN" : "STUDENT") : null, lead: inAny(config.leadGroups) };
}
