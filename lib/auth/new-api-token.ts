// Imported by browser components: no zod here (it probes for eval, which the CSP forbids).

/** A token just created, as the browser gets it: the token itself, once. */
export type NewApiToken = { id: string; name: string; token: string; expiresAt: string | null };
