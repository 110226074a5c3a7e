import { expect, request as playwrightRequest, type APIRequestContext } from "@playwright/test";
import { ADMIN, uniqueEmail } from "../helpers";
import { ACTORS, outsiderContext, signedInContext, type ActorName } from "./actors";
import { callAction, form, type ActionArg, type ActionResponse } from "./server-action";

/*
 * The world the matrix asks about, built over HTTP in a few seconds: team A (admin leads it, the
 * member belongs to it), team B (led by leadOfB), a quiz published to team A with the member's
 * attempts, the member's flashcards, a card note and a template of the admin's, invite links.
 * Things an allowed call destroys (a member to remove, a card note to delete, a quiz to unpublish)
 * are spares, so they can't take the rest of the world with them.
 */

export const TOPIC = "quantization";
const PASSWORD = "matrix password 123";

export type Fixtures = {
  teamA: string;
  teamB: string;
  /** A team whose invite the "accept invite" action may use up: joining it changes nothing the matrix asks about team A. */
  teamC: string;
  /** An unused invite link to team A (the invite page) and the id of another (to revoke). */
  inviteTokenA: string;
  inviteIdA: string;
  inviteTokenC: string;
  quizA: string;
  /** Published to everyone; the "unpublish" action may take it down. */
  spareQuiz: string;
  /** The member's attempts at quiz A: one open, one finished. */
  openAttempt: string;
  finishedAttempt: string;
  /** One of the member's flashcards, at the version it had when the matrix started. */
  memberCard: { id: string; version: number };
  /** The member's own deck with a note to read and edit, and a spare note and a spare deck the delete actions may take. */
  memberDeck: string;
  memberNote: string;
  spareMemberNote: string;
  spareMemberDeck: string;
  /** A built-in question template and a copy of it that the admin owns (to edit, archive, restore). */
  builtInTemplate: string;
  spareTemplate: string;
  templateDefinition: Record<string, unknown>;
  cardNote: string;
  spareCardNote: string;
  users: Record<Exclude<ActorName, "outsider"> | "spareMember", string>;
  /** Each signed-in person's personal access tokens: every scope they may have, one scope only, and one revoked. */
  tokens: Record<Exclude<ActorName, "outsider">, { full: string; reviewsOnly: string; attemptsOnly: string; revoked: string }>;
  /** A token of the member's that the revoke action may take. */
  spareMemberToken: string;
};

export type World = { fx: Fixtures; contexts: Record<ActorName, APIRequestContext>; actionIds: Map<string, string>; baseURL: string };

/** Calls an action and insists it succeeded (ok: true, or a redirect); returns what it returned. */
async function must(context: APIRequestContext, world: Pick<World, "actionIds" | "baseURL">, key: string, pageUrl: string, args: ActionArg[]): Promise<ActionResponse> {
  const id = world.actionIds.get(key);
  if (!id) throw new Error(`No action id for ${key}`);
  const response = await callAction(context, pageUrl, id, args, world.baseURL);
  const ok = response.kind === "redirect" || (response.kind === "result" && (response.value as { ok?: boolean } | null)?.ok === true);
  expect(ok, `fixture step ${key}: ${JSON.stringify(response)}`).toBe(true);
  return response;
}

const redirectTail = (response: ActionResponse): string => (response.kind === "redirect" ? (response.location.split("?")[0] ?? "").split("/").pop() ?? "" : "");
const dataOf = <T>(response: ActionResponse): T => (response.kind === "result" ? (response.value as { data: T }).data : (undefined as T));

async function userId(context: APIRequestContext): Promise<string> {
  const session = (await (await context.get("/api/auth/session")).json()) as { user: { id: string } };
  return session.user.id;
}

export async function buildWorld(baseURL: string, actionIds: Map<string, string>): Promise<World> {
  const w = { baseURL, actionIds };
  const A = (file: string, name: string) => `app/(app)/${file}#${name}`;
  const admin = await signedInContext(baseURL, ADMIN.email, ADMIN.password);

  // People: signed up through the sign-up action, then signed in.
  const people = ["student", "member", "leadOfB", "spareMember"] as const;
  const anonymous = await playwrightRequest.newContext({ baseURL });
  const emails = Object.fromEntries(people.map((p) => [p, uniqueEmail(`matrix-${p}`)])) as Record<(typeof people)[number], string>;
  for (const p of people) {
    await must(anonymous, w, A("signup/actions.ts", "signUpAction"), "/signup", [
      null,
      form({ name: `Matrix ${p}`, email: emails[p], password: PASSWORD, confirmPassword: PASSWORD }),
    ]);
  }
  await anonymous.dispose();
  const [student, member, leadOfB, spareMember] = await Promise.all([
    signedInContext(baseURL, emails.student, PASSWORD),
    signedInContext(baseURL, emails.member, PASSWORD),
    signedInContext(baseURL, emails.leadOfB, PASSWORD),
    signedInContext(baseURL, emails.spareMember, PASSWORD),
  ]);

  // Teams and invites.
  const team = async (name: string) => redirectTail(await must(admin, w, A("teams/actions.ts", "createTeamAction"), "/teams", [null, form({ name })]));
  const [teamA, teamB, teamC] = [await team(`Matrix A ${Date.now()}`), await team(`Matrix B ${Date.now()}`), await team(`Matrix C ${Date.now()}`)];
  const invite = async (teamId: string, role: "MEMBER" | "LEAD") =>
    dataOf<{ token: string }>(await must(admin, w, A("teams/[teamId]/actions.ts", "createInviteAction"), `/teams/${teamId}`, [null, form({ teamId, role, expiresInDays: "7" })])).token;
  const accept = (context: APIRequestContext, token: string) => must(context, w, A("invite/[token]/actions.ts", "acceptInviteAction"), `/invite/${token}`, [null, form({ token })]);
  await accept(member, await invite(teamA, "MEMBER"));
  await accept(spareMember, await invite(teamA, "MEMBER"));
  await accept(leadOfB, await invite(teamB, "LEAD"));
  const inviteTokenA = await invite(teamA, "MEMBER");
  await invite(teamA, "MEMBER");
  const inviteTokenC = await invite(teamC, "MEMBER");
  const teamPage = await (await admin.get(`/teams/${teamA}`)).text();
  const inviteIdA = /name="inviteId" value="([^"]+)"/.exec(teamPage)?.[1] ?? /value="([^"]+)" name="inviteId"/.exec(teamPage)?.[1];
  expect(inviteIdA, "an invite id on team A's page").toBeTruthy();

  // Quizzes: one for team A, a spare for everyone.
  const saveQuiz = async (title: string) =>
    dataOf<{ id: string }>(
      await must(admin, w, A("admin/quizzes/actions.ts", "saveQuizAction"), "/admin/quizzes/new", [
        { title, description: "", topic: TOPIC, feedbackMode: "IMMEDIATE", timeLimitMinutes: "", maxAttempts: "", shuffleQuestions: false, shuffleChoices: false, items: [{ type: "draw", topic: TOPIC, tag: "", difficulty: "", count: 2 }] },
      ]),
    ).id;
  const publish = (quizId: string, teamIds: string[]) =>
    must(admin, w, A("admin/quizzes/actions.ts", "publishQuizAction"), `/admin/quizzes/${quizId}`, [{ quizId, audience: teamIds.length ? "teams" : "everyone", teamIds }]);
  const quizA = await saveQuiz("Matrix quiz for team A");
  await publish(quizA, [teamA]);
  const spareQuiz = await saveQuiz("Matrix spare quiz");
  await publish(spareQuiz, []);

  // The member's attempts: one finished, one open.
  const start = async () => redirectTail(await must(member, w, A("quizzes/actions.ts", "startQuizAction"), "/quizzes", [null, form({ quizId: quizA })]));
  const finishedAttempt = await start();
  await must(member, w, A("attempts/[attemptId]/actions.ts", "finishAttemptAction"), `/attempts/${finishedAttempt}`, [finishedAttempt]);
  const openAttempt = await start();

  // The member's flashcards: the topic's deck.
  await must(member, w, A("flashcards/actions.ts", "setDeckAction"), "/flashcards", [TOPIC, true]);
  const session = (await (await member.get("/api/reviews")).json()) as { session: { current: { studentCardId: string; version: number } | null } };
  expect(session.session.current, "the member has a card to review").toBeTruthy();
  const memberCard = { id: session.session.current!.studentCardId, version: session.session.current!.version };

  // The member's own decks and notes.
  const deck = async (name: string) => redirectTail(await must(member, w, A("flashcards/decks/actions.ts", "createDeckAction"), "/flashcards", [null, form({ name, description: "" })]));
  const ownNote = async (deckId: string, front: string) =>
    dataOf<{ id: string }>(
      await must(member, w, A("flashcards/decks/actions.ts", "createOwnNoteAction"), `/flashcards/decks/${deckId}`, [{ deckId, note: { kind: "basic", front, back: "Only mine.", tags: [] } }]),
    ).id;
  const memberDeck = await deck("Matrix deck");
  const spareMemberDeck = await deck("Matrix spare deck");
  const [memberNote, spareMemberNote] = [await ownNote(memberDeck, "The member's own card"), await ownNote(memberDeck, "A spare own card")];

  // Question templates: a built-in one, and the admin's copy of it.
  type Exported = { templates: Array<{ key: string; definition: { topic?: string } & Record<string, unknown> }> };
  const exported = (await (await admin.get("/api/admin/export/json")).json()) as Exported;
  const source = exported.templates.find((t) => t.definition.topic === TOPIC);
  if (!source) throw new Error(`No built-in template of ${TOPIC} in the export`);
  const templateDefinition: Record<string, unknown> = { ...source.definition, key: `matrix-template-${Date.now()}` };
  await must(admin, w, A("admin/templates/new/actions.ts", "createTemplateAction"), "/admin/templates/new", [templateDefinition as ActionArg]);
  const spareTemplate = String(templateDefinition.key);

  // Card notes: one to read and edit, one to delete.
  const note = async (key: string) => {
    await must(admin, w, A("admin/flashcards/new/actions.ts", "createCardNoteAction"), "/admin/flashcards/new", [basicCardNote(key)]);
    return key;
  };
  const stamp = Date.now();
  const [cardNoteKey, spareCardNote] = [await note(`matrix-note-${stamp}`), await note(`matrix-spare-note-${stamp}`)];

  // Personal access tokens, made on each person's account page.
  const token = async (context: APIRequestContext, scopes: string[]) =>
    dataOf<{ id: string; token: string }>(
      await must(context, w, A("account/actions.ts", "createApiTokenAction"), "/account", [null, form({ name: `Matrix ${scopes.join(" ")}`, scopes, expiresInDays: "30" })]),
    );
  const tokensOf = async (context: APIRequestContext, isAdmin: boolean) => {
    const revoked = await token(context, ["reviews", "attempts", "progress:read"]);
    await must(context, w, A("account/actions.ts", "revokeApiTokenAction"), "/account", [revoked.id]);
    return {
      full: (await token(context, ["reviews", "attempts", "progress:read", ...(isAdmin ? ["admin"] : [])])).token,
      reviewsOnly: (await token(context, ["reviews"])).token,
      attemptsOnly: (await token(context, ["attempts"])).token,
      revoked: revoked.token,
    };
  };
  const tokens = { student: await tokensOf(student, false), member: await tokensOf(member, false), leadOfB: await tokensOf(leadOfB, false), admin: await tokensOf(admin, true) };
  const spareMemberToken = (await token(member, ["reviews"])).id;

  const fx: Fixtures = {
    tokens,
    spareMemberToken,
    teamA,
    teamB,
    teamC,
    inviteTokenA,
    inviteIdA: inviteIdA!,
    inviteTokenC,
    quizA,
    spareQuiz,
    openAttempt,
    finishedAttempt,
    memberCard,
    memberDeck,
    memberNote,
    spareMemberNote,
    spareMemberDeck,
    builtInTemplate: source.key,
    spareTemplate,
    templateDefinition,
    cardNote: cardNoteKey,
    spareCardNote,
    users: {
      student: await userId(student),
      member: await userId(member),
      leadOfB: await userId(leadOfB),
      admin: await userId(admin),
      spareMember: await userId(spareMember),
    },
  };
  await spareMember.dispose();
  const contexts = { outsider: await outsiderContext(baseURL), student, member, leadOfB, admin } satisfies Record<ActorName, APIRequestContext>;
  expect(Object.keys(contexts)).toEqual([...ACTORS]);
  return { fx, contexts, actionIds, baseURL };
}

/** A basic card note the admin may create or save. */
export function basicCardNote(key: string): Record<string, ActionArg> {
  return { key, topic: TOPIC, kind: "basic", front: "What does the matrix test?", back: "Who may do what.", tags: [], source: { title: "Authorization matrix" } };
}
