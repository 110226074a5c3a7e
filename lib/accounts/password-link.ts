// Imported by browser components: no zod here (it probes for eval, which the CSP forbids).

export type PasswordLinkPurpose = "setup" | "reset";

/** A password link as the browser gets it, once, when an administrator issues it. */
export type PasswordLinkView = { email: string; token: string; expiresAt: string };

/** Where the owner of a created account chooses their password. */
export function setupLink(origin: string, token: string): string {
  return `${origin.replace(/\/+$/, "")}/welcome/${token}`;
}

/** Where a forgotten password is replaced. */
export function resetLink(origin: string, token: string): string {
  return `${origin.replace(/\/+$/, "")}/reset-password/${token}`;
}

export function passwordLink(origin: string, purpose: PasswordLinkPurpose, token: string): string {
  return purpose === "setup" ? setupLink(origin, token) : resetLink(origin, token);
}
