// Imported by browser components: no zod here (it probes for eval, which the CSP forbids).

/** An account an administrator just created, as the browser gets it: the setup token once, to build the link. */
export type CreatedUserLink = { name: string; email: string; role: "STUDENT" | "ADMIN"; setupToken: string | null; expiresAt: string | null };

/**
 * The largest CSV upload: 1,000 people fit in well under 200 KB, and even all in multi-byte
 * characters it stays far below the server action's 1 MB body limit.
 */
export const MAX_CSV_BYTES = 200_000;
