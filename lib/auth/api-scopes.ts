// Imported by browser components: no zod here (it probes for eval, which the CSP forbids).

/** What a personal access token may do, as the API and the account page name it. */
export const API_SCOPES = ["reviews", "attempts", "progress:read", "admin"] as const;
export type ApiScopeName = (typeof API_SCOPES)[number];

export const API_SCOPE_LABELS: Record<ApiScopeName, { label: string; detail: string }> = {
  reviews: { label: "Flashcards", detail: "rate cards, read the review queue, export and import decks" },
  attempts: { label: "Quiz answers", detail: "answer questions of your quiz attempts" },
  "progress:read": { label: "Progress (read)", detail: "download the progress and results of teams you lead" },
  admin: { label: "Administration", detail: "export and import the question bank (administrators only)" },
};

/** How long a new token may live, in days (null: until revoked). */
export const API_TOKEN_LIFETIMES = [30, 90, 365, null] as const;

/** At most this many live tokens per account: enough for every script, few enough to review. */
export const MAX_API_TOKENS = 20;
