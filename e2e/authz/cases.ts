import type { ActorName } from "./actors";
import { basicCardNote, TOPIC, type Fixtures } from "./fixtures";
import { form, type ActionArg } from "./server-action";

/*
 * The authorization matrix: one case per entry point, saying for each of the five actors what
 * must happen. The test reads the entry points from the file tree and fails when one has no case
 * here, when a case names one that no longer exists, or when any outcome differs.
 *
 *   pages:   keyed by URL pattern ("/teams/[teamId]"), as found from app/**\/page.tsx
 *   routes:  keyed by "METHOD pattern" ("GET /api/reviews"), from app/**\/route.ts exports
 *   actions: keyed by "pattern#exportName" ("/teams/[teamId]#createInviteAction"), from every
 *            exported async function of app/**\/actions.ts; pattern is the folder of actions.ts
 *
 * URLs with [params] are filled from the fixtures (team A, the member's attempt, …). The people:
 * outsider (signed out), student (signed in, in no team), member (of team A), leadOfB (leads
 * team B, must not reach team A), admin (also the lead of team A, having created it).
 */

export type Outcomes<T> = Record<ActorName, T>;

/** A page: 200, a 403/404 page, a redirect to sign-in, or a redirect elsewhere (path prefix). */
export type PageOutcome = 200 | 403 | 404 | "signin" | { redirect: string };
export type PageCase = { url?: (fx: Fixtures) => string; expect: Outcomes<PageOutcome> };

/** A route handler: the HTTP status (a redirect's Location is checked only for "signin"). */
export type RouteOutcome = number | "signin";
export type RouteCase = {
  url?: (fx: Fixtures) => string;
  json?: (fx: Fixtures, actor: ActorName) => unknown;
  form?: Record<string, string>;
  /** A raw body (an uploaded file). */
  body?: { contentType: string; data: string };
  expect: Outcomes<RouteOutcome>;
  /**
   * Personal access tokens: the scope the route needs (a token with it gets what its owner's
   * session gets; one without it, 403), "browser" for a route that refuses tokens (403), or
   * "public" for one that doesn't look at them.
   */
  token: "reviews" | "attempts" | "progress:read" | "admin" | "browser" | "public";
};

/**
 * A server action:
 * - "allowed": authorization let it through: `{ ok: true }`, a redirect (not to sign-in), or
 *   `{ ok: false }` with a non-refusal code (validation, conflict: the input, not the person).
 * - "refused": `{ ok: false }` with code not_authenticated / forbidden / not_found, or a 401/403/404
 *   or a redirect to sign-in.
 * - "closed": `{ ok: false }` with code conflict for everyone (an entry that has shut, like /setup).
 * Refused actors run first, so an allowed actor's write can't make a refusal look right.
 */
export type ActionOutcome = "allowed" | "refused" | "closed";
export type ActionCase = {
  /** The page that hosts the action (default: the pattern, when it has no [params]). */
  page?: (fx: Fixtures) => string;
  args: (fx: Fixtures, actor: ActorName) => ActionArg[];
  expect: Outcomes<ActionOutcome>;
};

// ───────────── presets: who gets what ─────────────

const everyone = <T>(outcome: T): Outcomes<T> => ({ outsider: outcome, student: outcome, member: outcome, leadOfB: outcome, admin: outcome });
const signedIn = <T>(outcome: T, outsider: T): Outcomes<T> => ({ ...everyone(outcome), outsider });
/** `refused` for everyone but the named actors, who get `ok`. */
const only = <T>(ok: T, refused: T, ...actors: ActorName[]): Outcomes<T> =>
  Object.fromEntries((Object.keys(everyone(0)) as ActorName[]).map((a) => [a, actors.includes(a) ? ok : refused])) as Outcomes<T>;

const SIGNED_IN_PAGE = signedIn<PageOutcome>(200, "signin");
/** The member's own things: theirs only, a 404 for everyone else (admins included). */
const OWNER_PAGE: Outcomes<PageOutcome> = { outsider: "signin", student: 404, member: 200, leadOfB: 404, admin: 404 };
const ADMIN_PAGE: Outcomes<PageOutcome> = { outsider: "signin", student: 403, member: 403, leadOfB: 403, admin: 200 };
const ADMIN_ACTION = only<ActionOutcome>("allowed", "refused", "admin");
const SIGNED_IN_ACTION = signedIn<ActionOutcome>("allowed", "refused");
const MEMBER_ACTION = only<ActionOutcome>("allowed", "refused", "member");
/** Team A's management: its lead (the admin here) and administrators. */
const TEAM_A_MANAGER_ACTION = only<ActionOutcome>("allowed", "refused", "admin");

const unique = (prefix: string, actor: ActorName) => `${prefix}-${actor.toLowerCase()}-${Date.now()}-${Math.floor(Math.random() * 1e6)}`;

// ───────────── pages ─────────────

export const pageCases: Record<string, PageCase> = {
  "/": { expect: everyone(200) },
  "/setup": { expect: everyone(200) },
  "/signin": { expect: signedIn<PageOutcome>({ redirect: "/dashboard" }, 200) },
  "/signup": { expect: signedIn<PageOutcome>({ redirect: "/dashboard" }, 200) },
  // Without a pending link (its cookie) the page says there's nothing to link.
  "/signin/link": { expect: signedIn<PageOutcome>({ redirect: "/dashboard" }, 200) },

  "/account": { expect: SIGNED_IN_PAGE },
  "/dashboard": { expect: SIGNED_IN_PAGE },
  "/progress": { expect: SIGNED_IN_PAGE },
  "/quizzes": { expect: SIGNED_IN_PAGE },
  "/flashcards": { expect: SIGNED_IN_PAGE },
  "/flashcards/browse": { expect: SIGNED_IN_PAGE },
  "/flashcards/browse/[studentCardId]": { url: (fx) => `/flashcards/browse/${fx.memberCard.id}`, expect: OWNER_PAGE },
  "/flashcards/settings": { expect: SIGNED_IN_PAGE },
  "/flashcards/stats": { expect: SIGNED_IN_PAGE },
  "/flashcards/custom": { expect: SIGNED_IN_PAGE },
  "/flashcards/anki": { expect: SIGNED_IN_PAGE },
  "/flashcards/deck-options": { url: (fx) => `/flashcards/deck-options?deck=deck:${fx.memberDeck}`, expect: OWNER_PAGE },
  // Own decks are private to their owner: anyone else gets the same 404 as for a deck that doesn't exist.
  "/flashcards/decks/[deckId]": { url: (fx) => `/flashcards/decks/${fx.memberDeck}`, expect: OWNER_PAGE },
  "/flashcards/decks/[deckId]/notes/[noteId]": { url: (fx) => `/flashcards/decks/${fx.memberDeck}/notes/${fx.memberNote}`, expect: OWNER_PAGE },
  "/teams": { expect: SIGNED_IN_PAGE },
  "/topics/[slug]": { url: () => `/topics/${TOPIC}`, expect: SIGNED_IN_PAGE },
  // Anyone signed in may open an invite link (that is what it is for); joining is the action.
  "/invite/[token]": { url: (fx) => `/invite/${fx.inviteTokenA}`, expect: SIGNED_IN_PAGE },

  "/attempts/[attemptId]": { url: (fx) => `/attempts/${fx.openAttempt}`, expect: { outsider: "signin", student: 403, member: 200, leadOfB: 403, admin: 403 } },
  "/attempts/[attemptId]/review": { url: (fx) => `/attempts/${fx.finishedAttempt}/review`, expect: { outsider: "signin", student: 403, member: 200, leadOfB: 403, admin: 403 } },

  "/teams/[teamId]": { url: (fx) => `/teams/${fx.teamA}`, expect: { outsider: "signin", student: 403, member: 200, leadOfB: 403, admin: 200 } },
  // Members see the team's averages; leads and admins see each member.
  "/teams/[teamId]/progress": { url: (fx) => `/teams/${fx.teamA}/progress`, expect: { outsider: "signin", student: 403, member: 200, leadOfB: 403, admin: 200 } },
  // The team's quizzes and results are for its leads and administrators.
  "/teams/[teamId]/quizzes": { url: (fx) => `/teams/${fx.teamA}/quizzes`, expect: { outsider: "signin", student: 403, member: 403, leadOfB: 403, admin: 200 } },
  "/teams/[teamId]/quizzes/[quizId]": { url: (fx) => `/teams/${fx.teamA}/quizzes/${fx.quizA}`, expect: { outsider: "signin", student: 403, member: 403, leadOfB: 403, admin: 200 } },

  "/admin": { expect: ADMIN_PAGE },
  "/admin/users": { expect: ADMIN_PAGE },
  // The link's token is the credential: an unknown one says so, for everyone alike.
  "/welcome/[token]": { url: () => "/welcome/not-a-real-link-token-000000000000", expect: everyone(200) },
  "/reset-password/[token]": { url: () => "/reset-password/not-a-real-link-token-000000000000", expect: everyone(200) },
  "/forgot-password": { expect: everyone(200) },
  "/admin/import-export": { expect: ADMIN_PAGE },
  "/admin/flashcards": { expect: ADMIN_PAGE },
  "/admin/flashcards/new": { expect: ADMIN_PAGE },
  "/admin/flashcards/generate": { expect: ADMIN_PAGE },
  "/admin/flashcards/[key]/edit": { url: (fx) => `/admin/flashcards/${fx.cardNote}/edit`, expect: ADMIN_PAGE },
  "/admin/templates": { expect: ADMIN_PAGE },
  "/admin/templates/new": { expect: ADMIN_PAGE },
  "/admin/templates/[key]": { url: (fx) => `/admin/templates/${fx.builtInTemplate}`, expect: ADMIN_PAGE },
  "/admin/templates/[key]/edit": { url: (fx) => `/admin/templates/${fx.spareTemplate}/edit`, expect: ADMIN_PAGE },
  "/admin/quizzes": { expect: ADMIN_PAGE },
  "/admin/quizzes/new": { expect: ADMIN_PAGE },
  "/admin/quizzes/[quizId]": { url: (fx) => `/admin/quizzes/${fx.quizA}`, expect: ADMIN_PAGE },
};

// ───────────── route handlers ─────────────

const ADMIN_API: Outcomes<RouteOutcome> = { outsider: 401, student: 403, member: 403, leadOfB: 403, admin: 200 };
const TEAM_A_LEAD_API: Outcomes<RouteOutcome> = { outsider: 401, student: 403, member: 403, leadOfB: 403, admin: 200 };

export const routeCases: Record<string, RouteCase> = {
  "GET /api/health": { expect: everyone(200), token: "public" },
  // The API's description: it describes, it doesn't grant.
  "GET /api/openapi.json": { expect: everyone(200), token: "public" },
  // next-auth's own endpoints are public by design; the session endpoint tells each caller only about itself.
  "GET /api/auth/[...nextauth]": { url: () => "/api/auth/session", expect: everyone(200), token: "public" },
  // A credentials post without the CSRF token goes back to the sign-in page, whoever sends it.
  "POST /api/auth/[...nextauth]": { url: () => "/api/auth/callback/credentials", form: { email: "nobody@example.test", password: "wrong password" }, expect: everyone(302), token: "public" },

  "GET /api/admin/export/json": { expect: ADMIN_API, token: "admin" },
  "GET /api/admin/export/gift": { expect: ADMIN_API, token: "admin" },
  "GET /api/admin/export/moodle-xml": { expect: ADMIN_API, token: "admin" },
  // A file that fails its check: the admin gets the streamed report, and nothing is written.
  "POST /api/admin/import": {
    url: () => `/api/admin/import?defaultTopic=${TOPIC}&format=gift&name=broken.gift`,
    body: { contentType: "application/octet-stream", data: "::Broken:: What is 2 + 2? {=4\n" },
    expect: ADMIN_API,
    token: "admin",
  },

  // Each signed-in person gets their own review session; rating a card needs it to be yours (someone else's reads as missing).
  "GET /api/reviews": { expect: signedIn<RouteOutcome>(200, 401), token: "reviews" },
  "POST /api/reviews": {
    json: (fx) => ({ studentCardId: fx.memberCard.id, expectedVersion: fx.memberCard.version, rating: "good", durationMs: 1500 }),
    expect: { outsider: 401, student: 404, member: 200, leadOfB: 404, admin: 404 },
    token: "reviews",
  },
  "POST /api/attempts/[attemptId]/answers": {
    url: (fx) => `/api/attempts/${fx.openAttempt}/answers`,
    json: (_fx, actor) => ({ position: 0, response: { kind: "numeric", text: "1" }, idempotencyKey: unique("route-answer", actor) }),
    expect: { outsider: 401, student: 403, member: 200, leadOfB: 403, admin: 403 },
    token: "attempts",
  },

  // Own decks are private: anyone else's export or import reads as missing (the file is never read for them).
  "GET /api/decks/export": { url: (fx) => `/api/decks/export?deck=deck:${fx.memberDeck}&scheduling=1`, expect: { outsider: 401, student: 404, member: 200, leadOfB: 404, admin: 404 }, token: "reviews" },
  "POST /api/decks/import": {
    url: (fx) => `/api/decks/import?into=${fx.memberDeck}`,
    body: { contentType: "application/octet-stream", data: "not an Anki package" },
    expect: { outsider: 401, student: 404, member: 400, leadOfB: 404, admin: 404 },
    token: "reviews",
  },

  "GET /api/teams/[teamId]/progress.csv": { url: (fx) => `/api/teams/${fx.teamA}/progress.csv`, expect: TEAM_A_LEAD_API, token: "progress:read" },
  "GET /api/teams/[teamId]/quizzes/[quizId]/results.csv": { url: (fx) => `/api/teams/${fx.teamA}/quizzes/${fx.quizA}/results.csv`, expect: TEAM_A_LEAD_API, token: "progress:read" },
};

// ───────────── server actions (run in this order) ─────────────

export const actionCases: Record<string, ActionCase> = {
  // Open doors: sign-up is public; setup closed for good when the admin was created.
  "/signup#signUpAction": {
    args: (_fx, actor) => [null, form({ name: "Matrix sign-up", email: `${unique("signup", actor)}@example.test`, password: "matrix password 123", confirmPassword: "matrix password 123" })],
    expect: everyone("allowed"),
  },
  "/setup#setupAction": {
    args: (_fx, actor) => [null, form({ name: "Matrix setup", email: `${unique("setup", actor)}@example.test`, password: "matrix password 123", confirmPassword: "matrix password 123" })],
    expect: everyone("closed"),
  },

  // Anyone signed in, for themselves.
  // A wrong current password: past authorization (a validation error), and no session gets signed out.
  "/account#changePasswordAction": {
    args: () => [null, form({ currentPassword: "not the password 1", newPassword: "another password 456", confirmPassword: "another password 456" })],
    expect: SIGNED_IN_ACTION,
  },
  "/account#updateTimeZoneAction": { args: () => [null, form({ timeZone: "UTC" })], expect: SIGNED_IN_ACTION },
  "/account#createApiTokenAction": { args: (_fx, actor) => [null, form({ name: unique("Matrix token", actor), scopes: ["reviews"], expiresInDays: "30" })], expect: SIGNED_IN_ACTION },
  // Someone else's token reads as missing.
  "/account#revokeApiTokenAction": { args: (fx) => [fx.spareMemberToken], expect: { outsider: "refused", student: "refused", member: "allowed", leadOfB: "refused", admin: "refused" } },
  "/topics/[slug]#startTopicQuizAction": { page: () => `/topics/${TOPIC}`, args: () => [null, form({ topic: TOPIC, count: "2" })], expect: SIGNED_IN_ACTION },
  "/flashcards#setDeckAction": { args: () => [TOPIC, true], expect: SIGNED_IN_ACTION },
  "/flashcards/settings#saveFlashcardSettingsAction": {
    args: () => [null, form({ desiredRetention: "90", maximumIntervalDays: "36500", newCardsPerDay: "20", maxReviewsPerDay: "9999", learningSteps: "1m 10m", relearningSteps: "10m", leechThreshold: "8", burySiblings: "on" })],
    expect: SIGNED_IN_ACTION,
  },
  "/flashcards/settings#optimizeParametersAction": { args: () => [null, form({})], expect: SIGNED_IN_ACTION },
  "/flashcards/settings#resetFsrsParametersAction": { args: () => [null, form({})], expect: SIGNED_IN_ACTION },

  // The member's own quiz attempt and flashcard.
  "/quizzes#startQuizAction": { args: (fx) => [null, form({ quizId: fx.quizA })], expect: only<ActionOutcome>("allowed", "refused", "member", "admin") },
  "/attempts/[attemptId]#submitAnswerAction": {
    page: (fx) => `/attempts/${fx.openAttempt}`,
    args: (fx, actor) => [{ attemptId: fx.openAttempt, position: 0, response: { kind: "numeric", text: "2" }, idempotencyKey: unique("action-answer", actor) }],
    expect: MEMBER_ACTION,
  },
  "/attempts/[attemptId]#flagQuestionAction": { page: (fx) => `/attempts/${fx.openAttempt}`, args: (fx) => [{ attemptId: fx.openAttempt, position: 1, flagged: true }], expect: MEMBER_ACTION },
  "/attempts/[attemptId]#finishAttemptAction": { page: (fx) => `/attempts/${fx.openAttempt}`, args: (fx) => [fx.openAttempt], expect: MEMBER_ACTION },
  "/flashcards#revealAction": { args: (fx) => [fx.memberCard.id, "1"], expect: MEMBER_ACTION },
  "/flashcards#rateAction": { args: (fx) => [{ studentCardId: fx.memberCard.id, expectedVersion: fx.memberCard.version, rating: "good", durationMs: 1500 }], expect: MEMBER_ACTION },
  "/flashcards/deck-options#saveDeckOptionsAction": {
    page: (fx) => `/flashcards/deck-options?deck=deck:${fx.memberDeck}`,
    args: (fx) => [null, form({ deck: `deck:${fx.memberDeck}`, newCardsPerDay: "7", maxReviewsPerDay: "", learningSteps: "" })],
    expect: MEMBER_ACTION,
  },
  "/flashcards/custom#customRateAction": {
    args: (fx) => [{ studentCardId: fx.memberCard.id, expectedVersion: fx.memberCard.version, rating: "good", durationMs: 1500 }],
    expect: MEMBER_ACTION,
  },
  "/flashcards#undoAction": { args: (fx) => [fx.memberCard.id], expect: MEMBER_ACTION },
  "/flashcards#setAsideAction": { args: (fx) => [fx.memberCard.id, "bury"], expect: MEMBER_ACTION },
  "/flashcards/decks#createDeckAction": { page: () => "/flashcards", args: (_fx, actor) => [null, form({ name: unique("Matrix deck", actor), description: "" })], expect: SIGNED_IN_ACTION },
  "/flashcards/decks#updateDeckAction": { page: (fx) => `/flashcards/decks/${fx.memberDeck}`, args: (fx) => [null, form({ deckId: fx.memberDeck, name: "Matrix deck", description: "Renamed by the matrix" })], expect: MEMBER_ACTION },
  "/flashcards/decks#deleteDeckAction": { page: (fx) => `/flashcards/decks/${fx.memberDeck}`, args: (fx) => [{ deckId: fx.spareMemberDeck, confirmedCards: 0, confirmedReviews: 0 }], expect: MEMBER_ACTION },
  "/flashcards/decks#createOwnNoteAction": {
    page: (fx) => `/flashcards/decks/${fx.memberDeck}`,
    args: (fx) => [{ deckId: fx.memberDeck, note: { kind: "basic", front: "Added by the matrix", back: "Back", tags: [] } }],
    expect: MEMBER_ACTION,
  },
  "/flashcards/decks#updateOwnNoteAction": {
    page: (fx) => `/flashcards/decks/${fx.memberDeck}/notes/${fx.memberNote}`,
    args: (fx) => [{ noteId: fx.memberNote, note: { kind: "basic", front: "The member's own card", back: "Edited by the matrix", tags: [] } }],
    expect: MEMBER_ACTION,
  },
  "/flashcards/decks#deleteOwnNoteAction": { page: (fx) => `/flashcards/decks/${fx.memberDeck}`, args: (fx) => [fx.spareMemberNote], expect: MEMBER_ACTION },
  "/flashcards/browse#bulkUpdateCardsAction": { args: (fx) => [{ studentCardIds: [fx.memberCard.id], change: "unsuspend" }], expect: MEMBER_ACTION },
  "/flashcards/browse#setCardFlagsAction": { args: (fx) => [{ studentCardId: fx.memberCard.id, change: "unbury" }], expect: MEMBER_ACTION },

  // Teams: creating one is for admins and leads; team A is managed by its lead (the admin).
  "/teams#createTeamAction": { args: (_fx, actor) => [null, form({ name: unique("Matrix team", actor) })], expect: only<ActionOutcome>("allowed", "refused", "leadOfB", "admin") },
  "/teams/[teamId]#createInviteAction": { page: (fx) => `/teams/${fx.teamA}`, args: (fx) => [null, form({ teamId: fx.teamA, role: "MEMBER", expiresInDays: "7" })], expect: TEAM_A_MANAGER_ACTION },
  "/teams/[teamId]#setMemberRoleAction": { page: (fx) => `/teams/${fx.teamA}`, args: (fx) => [null, form({ teamId: fx.teamA, userId: fx.users.member, role: "MEMBER" })], expect: TEAM_A_MANAGER_ACTION },
  "/teams/[teamId]#revokeInviteAction": { page: (fx) => `/teams/${fx.teamA}`, args: (fx) => [null, form({ teamId: fx.teamA, inviteId: fx.inviteIdA })], expect: TEAM_A_MANAGER_ACTION },
  "/teams/[teamId]#removeMemberAction": { page: (fx) => `/teams/${fx.teamA}`, args: (fx) => [null, form({ teamId: fx.teamA, userId: fx.users.spareMember })], expect: TEAM_A_MANAGER_ACTION },
  // Anyone signed in may join through a valid link (team C: joining it changes nothing asked about team A).
  "/invite/[token]#acceptInviteAction": { page: (fx) => `/invite/${fx.inviteTokenC}`, args: (fx) => [null, form({ token: fx.inviteTokenC })], expect: SIGNED_IN_ACTION },

  // Administration.
  "/admin#updateSettingsAction": { args: () => [null, form({ signupEnabled: "on" })], expect: ADMIN_ACTION },
  "/admin/users#createUserAction": { args: (_fx, actor) => [null, form({ name: "Matrix user", email: `${unique("created", actor)}@example.test`, role: "STUDENT" })], expect: ADMIN_ACTION },
  "/admin/users#createUsersFromCsvAction": { args: (_fx, actor) => [{ csv: `name,email\nMatrix CSV,${unique("csv", actor)}@example.test\n` }], expect: ADMIN_ACTION },
  "/admin/users#renewPasswordSetupAction": { args: (fx) => [fx.users.student], expect: ADMIN_ACTION },
  // Issued, not used: the student's sessions stay (only using the link ends them).
  "/admin/users#issuePasswordResetAction": { args: (fx) => [fx.users.student], expect: ADMIN_ACTION },
  // Public, and the same answer for every address (these have no account: no mail goes out). Five of the client's ten requests in a burst.
  "/forgot-password#requestPasswordResetAction": { args: (_fx, actor) => [null, form({ email: `${unique("nobody", actor)}@example.test` })], expect: everyone("allowed") },
  // Public: the pending link's cookie and the account's password are the credentials; without the cookie, refused.
  "/signin/link#confirmSsoLinkAction": { page: () => "/signin/link", args: () => [null, form({ password: "matrix password 123" })], expect: everyone("refused") },
  "/reset-password/[token]#resetPasswordFromLinkAction": {
    page: () => "/reset-password/not-a-real-link-token-000000000000",
    args: () => [null, form({ token: "not-a-real-link-token-000000000000", password: "matrix password 123", confirmPassword: "matrix password 123" })],
    expect: everyone("refused"),
  },
  "/welcome/[token]#setPasswordFromLinkAction": {
    page: () => "/welcome/not-a-real-link-token-000000000000",
    args: () => [null, form({ token: "not-a-real-link-token-000000000000", password: "matrix password 123", confirmPassword: "matrix password 123" })],
    expect: everyone("refused"),
  },
  "/admin/users#setUserRoleAction": { args: (fx) => [null, form({ userId: fx.users.student, role: "STUDENT" })], expect: ADMIN_ACTION },
  // The fixture student has no single sign-on: an admin gets "isn't linked" (a conflict, not a refusal).
  "/admin/users#unlinkSsoIdentitiesAction": { args: (fx) => [null, form({ userId: fx.users.student })], expect: ADMIN_ACTION },
  "/admin/users#setUserActiveAction": { args: (fx) => [null, form({ userId: fx.users.student, active: "true" })], expect: ADMIN_ACTION },
  "/admin/quizzes#saveQuizAction": {
    args: (_fx, actor) => [{ title: unique("Matrix quiz", actor), description: "", topic: TOPIC, feedbackMode: "IMMEDIATE", timeLimitMinutes: "", maxAttempts: "", shuffleQuestions: false, shuffleChoices: false, items: [{ type: "draw", topic: TOPIC, tag: "", difficulty: "", count: 1 }] }],
    expect: ADMIN_ACTION,
  },
  "/admin/quizzes#publishQuizAction": { args: (fx) => [{ quizId: fx.quizA, audience: "teams", teamIds: [fx.teamA] }], expect: ADMIN_ACTION },
  "/admin/quizzes#unpublishQuizAction": { args: (fx) => [fx.spareQuiz], expect: ADMIN_ACTION },
  "/admin/quizzes#duplicateQuizAction": { args: (fx) => [fx.spareQuiz], expect: ADMIN_ACTION },
  "/admin/quizzes#previewQuizAction": { args: (fx) => [fx.spareQuiz], expect: ADMIN_ACTION },
  "/admin/templates/new#createTemplateAction": { args: (fx, actor) => [{ ...(fx.templateDefinition as Record<string, ActionArg>), key: unique("matrix-created", actor) }], expect: ADMIN_ACTION },
  "/admin/templates/new#previewNewTemplateAction": { args: (fx) => [fx.templateDefinition as Record<string, ActionArg>], expect: ADMIN_ACTION },
  "/admin/templates/[key]/edit#updateTemplateAction": {
    page: (fx) => `/admin/templates/${fx.spareTemplate}/edit`,
    args: (fx) => [fx.spareTemplate, fx.templateDefinition as Record<string, ActionArg>],
    expect: ADMIN_ACTION,
  },
  "/admin/templates/[key]/edit#previewTemplateAction": { page: (fx) => `/admin/templates/${fx.spareTemplate}/edit`, args: (fx) => [fx.templateDefinition as Record<string, ActionArg>], expect: ADMIN_ACTION },
  "/admin/templates/[key]/edit#restoreTemplateAction": { page: (fx) => `/admin/templates/${fx.spareTemplate}/edit`, args: (fx) => [fx.spareTemplate, null, form({})], expect: ADMIN_ACTION },
  "/admin/templates/[key]/edit#archiveTemplateAction": { page: (fx) => `/admin/templates/${fx.spareTemplate}/edit`, args: (fx) => [fx.spareTemplate, null, form({})], expect: ADMIN_ACTION },
  "/admin/flashcards#previewComputedCardAction": { args: (fx) => [fx.builtInTemplate], expect: ADMIN_ACTION },
  "/admin/flashcards/new#createCardNoteAction": { args: (_fx, actor) => [basicCardNote(unique("matrix-new-note", actor))], expect: ADMIN_ACTION },
  "/admin/flashcards/generate#generateComputedCardsAction": { args: (fx) => [null, form({ topic: TOPIC, templateKey: [fx.builtInTemplate] })], expect: ADMIN_ACTION },
  "/admin/flashcards/[key]/edit#updateCardNoteAction": { page: (fx) => `/admin/flashcards/${fx.cardNote}/edit`, args: (fx) => [fx.cardNote, basicCardNote(fx.cardNote)], expect: ADMIN_ACTION },
  "/admin/flashcards/[key]/edit#deleteCardNoteAction": { page: (fx) => `/admin/flashcards/${fx.spareCardNote}/edit`, args: (fx) => [fx.spareCardNote, null, form({ confirmedStudents: "1000" })], expect: ADMIN_ACTION },  // Last: signing out ends the session each signed-in actor's context uses. Anyone may (without a
  // session it only clears the cookie); everyone is sent home.
  "/account#signOutAction": { args: () => [form({})], expect: everyone("allowed") },
};
