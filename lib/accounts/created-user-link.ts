// Imported by browser components: no zod here (it probes for eval, which the CSP forbids).

/** An account an administrator just created, as the browser gets it: the setup token once, to build the link. */
export type CreatedUserLink = { name: string; email: string; role: "STUDENT" | "ADMIN"; setupToken: string; expiresAt: string };

/** The largest CSV upload, in characters (the server action's body limit is 1 MB). */
export const MAX_CSV_CHARS = 900_000;

/** Where the owner of a created account chooses their password. */
export function setupLink(origin: string, token: string): string {
  return `${origin}/welcome/${token}`;
}
