import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import type { SsoClaims } from "@/lib/auth/sso-claims";
import { getDb } from "@/lib/server/db";
import { ConflictError, ForbiddenError, GoneError, NotFoundError, RateLimitedError, ValidationError } from "@/lib/server/errors";
import { makeTeam, makeUser, markSetUp, resetDatabase, TEST_PASSWORD } from "@/test/integration/db-helpers";
import { createFirstAdmin } from "./create-first-admin";
import { createUser } from "./create-user";
import { changePassword } from "./change-password";
import { issuePasswordReset } from "./issue-password-reset";
import { renewPasswordSetup } from "./renew-password-setup";
import { setPasswordFromLink } from "./set-password-from-link";
import { registerUser } from "./register-user";
import { ensureAdminFromEnv } from "./ensure-admin-from-env";
import { setUserRole } from "./set-user-role";
import { unlinkSsoIdentities } from "./unlink-sso-identities";
import { requestPasswordReset } from "./request-password-reset";
import { getSessionUser } from "./get-session-user";
import { confirmSsoLink } from "./confirm-sso-link";
import { signInWithSso, SSO_LINK_TTL_MS, type SsoSignIn } from "./sign-in-with-sso";

const now = new Date("2026-06-01T12:00:00Z");
const later = (ms: number) => new Date(now.getTime() + ms);
const ISSUER = "https://id.example.test/realms/school";

function person(overrides: Partial<SsoClaims> = {}): SsoClaims {
  const id = randomUUID();
  return { issuer: ISSUER, subject: `sub-${id}`, email: `sso-${id}@example.test`, emailVerified: true, name: "Sso Person", groups: [], teams: [], ...overrides };
}
const NO_GROUPS = { role: null, lead: false } as const;
const signIn = (claims: SsoClaims, extra: Partial<Parameters<typeof signInWithSso>[0]> = {}) =>
  signInWithSso({ claims, roles: NO_GROUPS, teams: null, ssoOnly: false, now, ...extra });
const signedIn = (result: SsoSignIn) => {
  if (result.kind !== "signed-in") throw new Error(`expected a sign-in, got ${JSON.stringify(result)}`);
  return result.user;
};

/** PASSWORD_SIGNIN=off with single sign-on configured, for one test; the environment comes back after it. */
function passwordSignInOff(): () => void {
  const keys = ["OIDC_ISSUER", "OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET", "PASSWORD_SIGNIN"] as const;
  const saved = Object.fromEntries(keys.map((k) => [k, process.env[k]]));
  Object.assign(process.env, { OIDC_ISSUER: ISSUER, OIDC_CLIENT_ID: "quizformer", OIDC_CLIENT_SECRET: "secret", PASSWORD_SIGNIN: "off" });
  return () => {
    for (const key of keys) {
      if (saved[key] === undefined) delete process.env[key];
      else process.env[key] = saved[key];
    }
  };
}

beforeEach(async () => {
  await resetDatabase();
  await markSetUp();
});

describe("single sign-on", () => {
  it("creates a student account from verified claims on first sign-in, then finds it by issuer and subject", async () => {
    const claims = person({ name: "Grace Hopper" });
    const first = signedIn(await signIn(claims));
    expect(first).toMatchObject({ email: claims.email, name: "Grace Hopper", role: "STUDENT" });
    expect(await getSessionUser({ userId: first.id, sessionVersion: first.sessionVersion, sessionId: first.sessionId }, now)).not.toBeNull();
    // The same subject with another email is the same person (the provider's id is what counts).
    const again = signedIn(await signIn({ ...claims, email: "grace.new@example.test" }));
    expect(again.id).toBe(first.id);
    expect(await getDb().ssoIdentity.count()).toBe(1);
  });

  it("refuses an unverified email: no account is created and an existing one isn't offered for linking", async () => {
    const owner = await makeUser();
    expect(await signIn(person({ emailVerified: false }))).toEqual({ kind: "refused", reason: "unverified-email" });
    expect(await signIn(person({ email: owner.email, emailVerified: false }))).toEqual({ kind: "refused", reason: "unverified-email" });
    expect(await getDb().user.count()).toBe(1);
    expect(await getDb().ssoLinkRequest.count()).toBe(0);
    expect(await getDb().ssoIdentity.count()).toBe(0);
  });

  it("links an account with a password only once its owner gave that password in the same browser", async () => {
    const owner = await makeUser();
    const claims = person({ email: owner.email });
    const pending = await signIn(claims);
    if (pending.kind !== "link-required") throw new Error("expected a link request");
    // Signing in again before the password still doesn't get in.
    expect((await signIn(claims)).kind).toBe("link-required");
    await expect(confirmSsoLink({ token: pending.token, password: "a guess", ip: null, now })).rejects.toBeInstanceOf(ValidationError);
    const { proof } = await confirmSsoLink({ token: pending.token, password: TEST_PASSWORD, ip: null, now });
    // The password alone links nothing: the same sign-on must come back with the proof.
    expect(await getDb().ssoIdentity.count()).toBe(0);
    expect((await signIn(claims, { linkProof: "a guessed proof" })).kind).toBe("link-required");
    expect(signedIn(await signIn(claims, { linkProof: proof })).id).toBe(owner.id);
    expect(signedIn(await signIn(claims)).id).toBe(owner.id);
    // The request was used up.
    await expect(confirmSsoLink({ token: pending.token, password: TEST_PASSWORD, ip: null, now })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("doesn't let whoever started a link finish it with a password given in someone else's browser", async () => {
    const victim = await makeUser();
    // The attacker's provider asserts the victim's address and plants the request's token in the victim's browser.
    const attacker = person({ email: victim.email });
    const planted = await signIn(attacker);
    if (planted.kind !== "link-required") throw new Error("expected a link request");
    // The victim gives their password there; the proof stays in the victim's browser…
    const { proof } = await confirmSsoLink({ token: planted.token, password: TEST_PASSWORD, ip: null, now });
    // …where only the victim's own sign-on follows: it isn't the attacker's identity, so nothing is linked.
    expect((await signIn(person({ email: victim.email }), { linkProof: proof })).kind).toBe("link-required");
    // The attacker holds the request's token but not the proof.
    expect((await signIn(attacker)).kind).toBe("link-required");
    expect(await getDb().ssoIdentity.count()).toBe(0);
  });

  it("lets a link request and its proof expire after 10 minutes", async () => {
    const owner = await makeUser();
    const claims = person({ email: owner.email });
    const pending = await signIn(claims);
    if (pending.kind !== "link-required") throw new Error("expected a link request");
    await expect(confirmSsoLink({ token: pending.token, password: TEST_PASSWORD, ip: null, now: later(SSO_LINK_TTL_MS) })).rejects.toBeInstanceOf(GoneError);
    const again = await signIn(claims);
    if (again.kind !== "link-required") throw new Error("expected a link request");
    const { proof } = await confirmSsoLink({ token: again.token, password: TEST_PASSWORD, ip: null, now });
    expect((await signIn(claims, { linkProof: proof, now: later(SSO_LINK_TTL_MS) })).kind).toBe("link-required");
    expect(await getDb().ssoIdentity.count()).toBe(0);
  });

  it("proves a link request once when the password is sent from several tabs at once", async () => {
    const owner = await makeUser();
    const claims = person({ email: owner.email });
    const pending = await signIn(claims);
    if (pending.kind !== "link-required") throw new Error("expected a link request");
    const results = await Promise.allSettled(Array.from({ length: 6 }, () => confirmSsoLink({ token: pending.token, password: TEST_PASSWORD, ip: null, now })));
    const proofs = results.flatMap((r) => (r.status === "fulfilled" ? [r.value.proof] : []));
    expect(proofs).toHaveLength(1);
    // The others lost the race for the request, found it proven already, or were held back by the sign-in throttle.
    for (const r of results) if (r.status === "rejected") expect([GoneError, NotFoundError, RateLimitedError].some((E) => r.reason instanceof E), String(r.reason)).toBe(true);
    const linked = await Promise.all(Array.from({ length: 4 }, () => signIn(claims, { linkProof: proofs[0] })));
    expect(new Set(linked.map((r) => signedIn(r).id))).toEqual(new Set([owner.id]));
    expect(await getDb().ssoIdentity.count({ where: { userId: owner.id } })).toBe(1);
  });

  it("gives parallel first sign-ins of one person one account", async () => {
    const claims = person();
    const results = await Promise.all(Array.from({ length: 6 }, () => signIn(claims)));
    const ids = new Set(results.map((r) => signedIn(r).id));
    expect(ids.size).toBe(1);
    expect(await getDb().user.count({ where: { email: claims.email } })).toBe(1);
    expect(await getDb().ssoIdentity.count()).toBe(1);
    expect(await getDb().session.count({ where: { userId: [...ids][0] } })).toBe(6);
  });

  it("takes over an account an administrator created that has no password yet, and drops its setup link", async () => {
    const admin = await makeUser("ADMIN");
    const created = await createUser(admin, { name: "New Starter", email: `starter-${randomUUID()}@example.test`, role: "STUDENT" }, now);
    expect(await getDb().passwordSetup.count({ where: { userId: created.id } })).toBe(1);
    const user = signedIn(await signIn(person({ email: created.email })));
    expect(user.id).toBe(created.id);
    expect(await getDb().passwordSetup.count({ where: { userId: created.id } })).toBe(0);
  });

  it("refuses a second identity for an account that already signs in with single sign-on", async () => {
    const first = person();
    signedIn(await signIn(first));
    // Another subject asserting the same verified address (a recycled address, a recreated provider account).
    expect(await signIn(person({ email: first.email }))).toEqual({ kind: "refused", reason: "identity-conflict" });
    expect(await getDb().ssoIdentity.count()).toBe(1);
  });

  it("refuses a deactivated account, linked or not", async () => {
    const claims = person();
    const user = signedIn(await signIn(claims));
    await getDb().user.update({ where: { id: user.id }, data: { deactivatedAt: now } });
    expect(await signIn(claims)).toEqual({ kind: "refused", reason: "deactivated" });
    const off = await makeUser();
    await getDb().user.update({ where: { id: off.id }, data: { deactivatedAt: now } });
    expect(await signIn(person({ email: off.email }))).toEqual({ kind: "refused", reason: "deactivated" });
  });

  it("applies the groups' role at each sign-in, but never demotes the last active administrator", async () => {
    const claims = person();
    const user = signedIn(await signIn(claims, { roles: { role: "ADMIN", lead: false } }));
    expect(user.role).toBe("ADMIN");
    // Nobody else is an administrator: leaving the group doesn't take the instance's last admin away.
    expect(signedIn(await signIn(claims, { roles: { role: "STUDENT", lead: false } })).role).toBe("ADMIN");
    await makeUser("ADMIN");
    expect(signedIn(await signIn(claims, { roles: { role: "STUDENT", lead: false } })).role).toBe("STUDENT");
    // Without admin groups configured (role null) the role is Quizformer's to manage.
    await getDb().user.update({ where: { id: user.id }, data: { role: "ADMIN" } });
    expect(signedIn(await signIn(claims)).role).toBe("ADMIN");
  });

  it("keeps the provider's team memberships in step, leaving memberships people made alone", async () => {
    const admin = await makeUser("ADMIN");
    const readers = await makeTeam(admin, [], "Readers");
    const writers = await makeTeam(admin, [], "Writers");
    const manual = await makeTeam(admin, [], "Manual");
    // A lead's own team with a name the claim carries catches nobody: only administrators' teams count.
    const lead = await makeUser();
    const lookalike = await makeTeam(lead, [], "Writers");
    await getDb().team.update({ where: { id: lookalike.id }, data: { createdAt: new Date("2020-01-01T00:00:00Z") } });
    const claims = person();
    const user = signedIn(await signIn(claims, { teams: ["Readers", "Writers", "Nowhere"], roles: { role: null, lead: true } }));
    await getDb().membership.create({ data: { teamId: manual.id, userId: user.id, role: "MEMBER" } });
    const roles = async () =>
      Object.fromEntries((await getDb().membership.findMany({ where: { userId: user.id }, select: { teamId: true, role: true, source: true } })).map((m) => [m.teamId, `${m.role}/${m.source}`]));
    expect(await roles()).toEqual({ [readers.id]: "LEAD/SSO", [writers.id]: "LEAD/SSO", [manual.id]: "MEMBER/MANUAL" });

    await signIn(claims, { teams: ["Readers"], roles: { role: null, lead: false } });
    expect(await roles()).toEqual({ [readers.id]: "MEMBER/SSO", [manual.id]: "MEMBER/MANUAL" });
    // With no team claim configured (null), memberships stay as they are.
    await signIn(claims, { teams: null });
    expect(await roles()).toEqual({ [readers.id]: "MEMBER/SSO", [manual.id]: "MEMBER/MANUAL" });
  });

  it("keeps a team's last lead even when the provider drops them", async () => {
    const admin = await makeUser("ADMIN");
    const team = await makeTeam(admin, [], "Solo");
    const claims = person();
    const user = signedIn(await signIn(claims, { teams: ["Solo"], roles: { role: null, lead: true } }));
    await getDb().membership.deleteMany({ where: { teamId: team.id, userId: admin.id } });
    await signIn(claims, { teams: [], roles: { role: null, lead: false } });
    expect(await getDb().membership.findUnique({ where: { teamId_userId: { teamId: team.id, userId: user.id } }, select: { role: true } })).toEqual({ role: "LEAD" });
  });

  it("with password sign-in off, makes exactly one of several parallel first sign-ins the administrator of a new instance", async () => {
    await getDb().instanceSettings.update({ where: { id: 1 }, data: { setupCompletedAt: null } });
    // While password sign-in is on, a new instance is set up at /setup, not by a single sign-on.
    expect(await signIn(person())).toEqual({ kind: "refused", reason: "not-set-up" });
    // With admin groups configured, someone outside them can't become the first administrator.
    expect(await signIn(person(), { ssoOnly: true, roles: { role: "STUDENT", lead: false } })).toEqual({ kind: "refused", reason: "not-set-up" });
    const results = await Promise.all(Array.from({ length: 5 }, () => signIn(person(), { ssoOnly: true })));
    const roles = results.map((r) => signedIn(r).role).sort();
    expect(roles).toEqual(["ADMIN", "STUDENT", "STUDENT", "STUDENT", "STUDENT"]);
    expect((await getDb().instanceSettings.findUniqueOrThrow({ where: { id: 1 } })).setupCompletedAt).not.toBeNull();
  });
});

describe("with password sign-in off", () => {
  beforeEach(passwordSignInOff);

  it("refuses sign-up, a password first admin, reset and setup links, and password changes; new accounts get no setup link", async () => {
    const owner = await makeUser();
    const admin = await makeUser("ADMIN");
    await expect(issuePasswordReset(admin, owner.id, now)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(changePassword(owner, { currentPassword: TEST_PASSWORD, newPassword: "another long password" }, now)).rejects.toBeInstanceOf(ForbiddenError);
    const created = await createUser(admin, { name: "Sso Only", email: `sso-only-${randomUUID()}@example.test`, role: "STUDENT" }, now);
    expect(created).toMatchObject({ setupToken: null, expiresAt: null });
    expect(await getDb().passwordSetup.count()).toBe(0);
    await expect(renewPasswordSetup(admin, created.id, now)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(setPasswordFromLink({ token: "any-token", password: "a good long password", confirmPassword: "a good long password" }, now)).rejects.toBeInstanceOf(ForbiddenError);
    await getDb().user.deleteMany({ where: { id: { in: [admin.id, created.id] } } });
    await expect(registerUser({ name: "Someone", email: `x-${randomUUID()}@example.test`, password: "a good long password" })).rejects.toBeInstanceOf(ForbiddenError);
    await getDb().instanceSettings.update({ where: { id: 1 }, data: { setupCompletedAt: null } });
    await expect(createFirstAdmin({ name: "Admin", email: `a-${randomUUID()}@example.test`, password: "a good long password" })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await requestPasswordReset({ email: owner.email, client: null }, now)).toBeNull();
    expect(await getDb().user.count()).toBe(1);
  });
});

describe("after a link, a password change or an administrator's unlinking", () => {
  it("gives a proof one chance: a sign-on of another identity uses it up", async () => {
    const victim = await makeUser();
    const attacker = person({ email: victim.email });
    const planted = await signIn(attacker);
    if (planted.kind !== "link-required") throw new Error("expected a link request");
    const { proof } = await confirmSsoLink({ token: planted.token, password: TEST_PASSWORD, ip: null, now });
    // The victim's own sign-on comes back first with the proof in their browser…
    await signIn(person({ email: victim.email }), { linkProof: proof });
    // …so the attacker's identity, arriving later with that same proof, links nothing.
    expect((await signIn(attacker, { linkProof: proof })).kind).toBe("link-required");
    expect(await getDb().ssoIdentity.count()).toBe(0);
  });

  it("drops pending links when the password changes", async () => {
    const owner = await makeUser();
    const claims = person({ email: owner.email });
    const pending = await signIn(claims);
    if (pending.kind !== "link-required") throw new Error("expected a link request");
    const { proof } = await confirmSsoLink({ token: pending.token, password: TEST_PASSWORD, ip: null, now });
    await changePassword(owner, { currentPassword: TEST_PASSWORD, newPassword: "a brand new long password" }, now);
    expect((await signIn(claims, { linkProof: proof })).kind).toBe("link-required");
    expect(await getDb().ssoIdentity.count()).toBe(0);
  });

  it("lets an administrator unlink an account, which signs it out; the next verified sign-on links again", async () => {
    const admin = await makeUser("ADMIN");
    const created = await createUser(admin, { name: "Moved On", email: `moved-${randomUUID()}@example.test`, role: "STUDENT" }, now);
    const first = signedIn(await signIn(person({ email: created.email, subject: "old-person" })));
    // A new person got the address: refused until an administrator decides.
    const newcomer = person({ email: created.email, subject: "new-person" });
    expect(await signIn(newcomer)).toEqual({ kind: "refused", reason: "identity-conflict" });
    await expect(unlinkSsoIdentities(await makeUser(), { userId: created.id })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await unlinkSsoIdentities(admin, { userId: created.id })).toEqual({ email: created.email, unlinked: 1 });
    expect(await getSessionUser({ userId: first.id, sessionVersion: first.sessionVersion, sessionId: first.sessionId }, now)).toBeNull();
    expect(signedIn(await signIn(newcomer)).id).toBe(created.id);
    await expect(unlinkSsoIdentities(admin, { userId: (await makeUser()).id })).rejects.toBeInstanceOf(ConflictError);
  });
});

describe("the administrators who can sign in, with password sign-in off", () => {
  beforeEach(passwordSignInOff);

  it("count only those with single sign-on, so the last of them can't be demoted, unlinked or deactivated", async () => {
    const ssoAdmin = signedIn(await signIn(person(), { roles: { role: "ADMIN", lead: false } }));
    // An administrator with only a password: nobody can sign in as them while passwords are off.
    await makeUser("ADMIN");
    const actor = { id: ssoAdmin.id, role: "ADMIN" as const };
    await expect(setUserRole(actor, { userId: ssoAdmin.id, role: "STUDENT" })).rejects.toBeInstanceOf(ConflictError);
    await expect(unlinkSsoIdentities(actor, { userId: ssoAdmin.id })).rejects.toBeInstanceOf(ConflictError);
    expect(signedIn(await signIn(person({ subject: "someone" }))).role).toBe("STUDENT");
  });

  it("refuse a password administrator from the environment", async () => {
    await expect(ensureAdminFromEnv({ ADMIN_EMAIL: "ops@example.test", ADMIN_PASSWORD: "a long enough password" })).rejects.toBeInstanceOf(ValidationError);
  });
});
