import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/server/db";
import { ConflictError, ForbiddenError, RateLimitedError, ValidationError } from "@/lib/server/errors";
import { signUpSchema } from "@/lib/schemas/account";
import { makeUser, resetDatabase, TEST_PASSWORD } from "@/test/integration/db-helpers";
import { authenticateUser } from "./authenticate-user";
import { changePassword } from "./change-password";
import { createFirstAdmin } from "./create-first-admin";
import { ensureAdminFromEnv } from "./ensure-admin-from-env";
import { getSessionUser } from "./get-session-user";
import { needsSetup } from "@/lib/server/data/instance/needs-setup";
import { registerUser } from "./register-user";
import { setUserActive } from "./set-user-active";
import { setUserRole } from "./set-user-role";
import { updateInstanceSettings } from "@/lib/server/data/instance/update-instance-settings";

const now = new Date("2026-03-01T10:00:00Z");
const password = "a long enough password";

beforeEach(resetDatabase);

describe("first-run setup", () => {
  it("is open until the first admin is created, then closed", async () => {
    expect(await needsSetup()).toBe(true);
    await createFirstAdmin({ name: "Ada", email: "ada@example.test", password });
    expect(await needsSetup()).toBe(false);
    await expect(createFirstAdmin({ name: "Eve", email: "eve@example.test", password })).rejects.toThrow(
      "This Quizformer is already set up, so this page is closed. Sign in instead.",
    );
    expect(await getDb().user.count({ where: { role: "ADMIN" } })).toBe(1);
  });

  it("stays closed for good, even when no administrator is left", async () => {
    const { id } = await createFirstAdmin({ name: "Ada", email: "ada@example.test", password });
    // However the last admin went away (a database edit, a bug), /setup must not hand the instance to a visitor.
    await getDb().user.update({ where: { id }, data: { role: "STUDENT" } });
    expect(await needsSetup()).toBe(false);
    await expect(createFirstAdmin({ name: "Eve", email: "eve@example.test", password })).rejects.toBeInstanceOf(ConflictError);
    expect(await getDb().user.count({ where: { role: "ADMIN" } })).toBe(0);
  });

  it("is not reopened by ten admins stepping down at once", async () => {
    const { id } = await createFirstAdmin({ name: "Ada", email: "ada@example.test", password });
    const ada = { id, role: "ADMIN" as const };
    const admins = [ada];
    for (let i = 0; i < 9; i++) {
      const user = await registerUser({ name: `Admin ${i}`, email: `admin${i}@example.test`, password });
      await setUserRole(ada, { userId: user.id, role: "ADMIN" });
      admins.push({ id: user.id, role: "ADMIN" });
    }
    await Promise.allSettled(admins.map((a) => setUserRole(a, { userId: a.id, role: "STUDENT" })));
    expect(await getDb().user.count({ where: { role: "ADMIN" } })).toBe(1);
    expect(await needsSetup()).toBe(false);
    await expect(createFirstAdmin({ name: "Eve", email: "eve@example.test", password })).rejects.toBeInstanceOf(ConflictError);
  });

  it("lets only one of ten concurrent visitors become admin; the others are told setup is done", async () => {
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, (_, i) => createFirstAdmin({ name: `Visitor ${i}`, email: `v${i}@example.test`, password })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refusals = results.flatMap((r) => (r.status === "rejected" ? [r.reason as unknown] : []));
    expect(refusals.every((e) => e instanceof ConflictError && /already set up/.test(e.message))).toBe(true);
    expect(await getDb().user.count()).toBe(1);
  });

  it("creates the admin from ADMIN_EMAIL/ADMIN_PASSWORD once, and rejects a weak password clearly", async () => {
    expect(await ensureAdminFromEnv({})).toBe("not-configured");
    await expect(ensureAdminFromEnv({ ADMIN_EMAIL: "root@example.test", ADMIN_PASSWORD: "short" })).rejects.toThrow(/password: Use at least 10 characters/);
    expect(await ensureAdminFromEnv({ ADMIN_EMAIL: "Root@Example.test", ADMIN_PASSWORD: password })).toBe("created");
    expect(await ensureAdminFromEnv({ ADMIN_EMAIL: "root@example.test", ADMIN_PASSWORD: "another password!" })).toBe("already-set-up");
    const admin = await getDb().user.findUniqueOrThrow({ where: { email: "root@example.test" } });
    expect(admin.role).toBe("ADMIN");
    expect(await needsSetup()).toBe(false);
  });

  it("creates one admin when several app instances start at once with ADMIN_EMAIL set", async () => {
    const env = { ADMIN_EMAIL: "root@example.test", ADMIN_PASSWORD: password };
    const outcomes = await Promise.all(Array.from({ length: 5 }, () => ensureAdminFromEnv(env)));
    expect(outcomes.filter((o) => o === "created")).toHaveLength(1);
    expect(outcomes.filter((o) => o === "already-set-up")).toHaveLength(4);
    expect(await getDb().user.count({ where: { role: "ADMIN" } })).toBe(1);
  });

  it("gives a set-up instance left without an active admin one back from ADMIN_EMAIL, once, even when instances start together", async () => {
    const env = { ADMIN_EMAIL: "root@example.test", ADMIN_PASSWORD: password };
    expect(await ensureAdminFromEnv(env)).toBe("created");
    // The state an instance could be left in before the last-admin rule held under concurrency.
    await getDb().user.updateMany({ data: { role: "STUDENT" } });
    expect(await needsSetup()).toBe(false);
    const outcomes = await Promise.all(Array.from({ length: 5 }, () => ensureAdminFromEnv({ ...env, ADMIN_PASSWORD: "a different password" })));
    expect(outcomes.filter((o) => o === "restored")).toHaveLength(1);
    expect(outcomes.filter((o) => o === "already-set-up")).toHaveLength(4);
    // The existing account is an admin again, with its own password; /setup stays closed.
    const root = await getDb().user.findUniqueOrThrow({ where: { email: "root@example.test" } });
    expect(root.role).toBe("ADMIN");
    expect(await authenticateUser({ email: "root@example.test", password, ip: null, now })).not.toBeNull();
    expect(await needsSetup()).toBe(false);
    // With an admin in place, a weak ADMIN_PASSWORD left in the environment doesn't stop a start.
    expect(await ensureAdminFromEnv({ ADMIN_EMAIL: "root@example.test", ADMIN_PASSWORD: "short" })).toBe("already-set-up");
  });
});

describe("sign-up", () => {
  beforeEach(async () => {
    await makeUser("ADMIN");
  });

  it("stores an argon2id hash, never the password", async () => {
    await registerUser({ name: "Sam", email: "sam@example.test", password });
    const row = await getDb().user.findUniqueOrThrow({ where: { email: "sam@example.test" } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(row.passwordHash).not.toContain(password);
    expect(row.role).toBe("STUDENT");
  });

  it("keeps the time zone the browser sent (days start there), UTC when it sent none or an unknown one", async () => {
    const form = { name: "Tia", password, confirmPassword: password };
    await registerUser(signUpSchema.parse({ ...form, email: "tia@example.test", timeZone: "Asia/Tokyo" }));
    await registerUser(signUpSchema.parse({ ...form, email: "uma@example.test", timeZone: "Mars/Olympus" }));
    await registerUser(signUpSchema.parse({ ...form, email: "vic@example.test" }));
    const zones = await getDb().user.findMany({ where: { email: { in: ["tia@example.test", "uma@example.test", "vic@example.test"] } }, orderBy: { email: "asc" }, select: { timeZone: true } });
    expect(zones.map((z) => z.timeZone)).toEqual(["Asia/Tokyo", "UTC", "UTC"]);
  });

  it("rejects a duplicate email with a field error", async () => {
    await registerUser({ name: "Sam", email: "sam@example.test", password });
    const error = await registerUser({ name: "Sam 2", email: "sam@example.test", password }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).fieldErrors.email).toMatch(/already exists/);
  });

  it("is refused when an admin turned sign-up off", async () => {
    const admin = await makeUser("ADMIN");
    await updateInstanceSettings(admin, { signupEnabled: false });
    await expect(registerUser({ name: "Sam", email: "sam@example.test", password })).rejects.toThrow(/Sign-up is closed/);
  });

  it("is refused before setup", async () => {
    await resetDatabase();
    await expect(registerUser({ name: "Sam", email: "sam@example.test", password })).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("sign-in", () => {
  it("accepts the right password (email case-insensitive) and rejects a wrong one", async () => {
    const user = await makeUser();
    expect(await authenticateUser({ email: user.email.toUpperCase(), password: TEST_PASSWORD, ip: "10.0.0.1", now })).toMatchObject({ id: user.id });
    expect(await authenticateUser({ email: user.email, password: "wrong password", ip: "10.0.0.1", now })).toBeNull();
    expect(await authenticateUser({ email: "nobody@example.test", password: TEST_PASSWORD, ip: "10.0.0.1", now })).toBeNull();
  });

  it("rejects a deactivated account and kills its sessions", async () => {
    const admin = await makeUser("ADMIN");
    const user = await makeUser();
    const session = await authenticateUser({ email: user.email, password: TEST_PASSWORD, ip: null, now });
    const cookie = { userId: user.id, sessionVersion: session!.sessionVersion, sessionId: session!.sessionId };
    expect(await getSessionUser(cookie, now)).not.toBeNull();
    await setUserActive(admin, { userId: user.id, active: false });
    expect(await authenticateUser({ email: user.email, password: TEST_PASSWORD, ip: null, now })).toBeNull();
    expect(await getSessionUser(cookie, now)).toBeNull();
  });
});

describe("change password", () => {
  it("needs the current password, then signs out older sessions", async () => {
    const user = await makeUser();
    const before = await authenticateUser({ email: user.email, password: TEST_PASSWORD, ip: null, now });
    const cookie = { userId: user.id, sessionVersion: 0, sessionId: before!.sessionId };
    expect(await getSessionUser(cookie, now)).not.toBeNull();
    await expect(changePassword(user, { currentPassword: "wrong", newPassword: "brand new password" }, now)).rejects.toBeInstanceOf(ValidationError);
    await changePassword(user, { currentPassword: TEST_PASSWORD, newPassword: "brand new password" }, now);
    expect(await getSessionUser(cookie, now)).toBeNull();
    expect(await authenticateUser({ email: user.email, password: TEST_PASSWORD, ip: null, now })).toBeNull();
    const fresh = await authenticateUser({ email: user.email, password: "brand new password", ip: null, now });
    expect(fresh?.sessionVersion).toBe(1);
  });

  it("checks the current password as a throttled guess: 30 parallel wrong ones verify at most 5, then even the right one waits", async () => {
    const user = await makeUser();
    const guesses = await Promise.allSettled(
      Array.from({ length: 30 }, (_, i) => changePassword(user, { currentPassword: `guess number ${i}`, newPassword: "brand new password" }, now)),
    );
    const checked = guesses.filter((g) => g.status === "rejected" && g.reason instanceof ValidationError).length;
    const waited = guesses.filter((g) => g.status === "rejected" && g.reason instanceof RateLimitedError).length;
    expect(checked).toBeLessThanOrEqual(5);
    expect(checked + waited).toBe(30);
    const right = await changePassword(user, { currentPassword: TEST_PASSWORD, newPassword: "brand new password" }, now).catch((e: unknown) => e);
    expect(right).toBeInstanceOf(RateLimitedError);
    expect((right as Error).message).toMatch(/^Too many wrong passwords\. Try again in \d+ s\.$/);
    // Once the wait is over, the right password works and the count starts again.
    const later = new Date(now.getTime() + 60 * 60_000);
    await changePassword(user, { currentPassword: TEST_PASSWORD, newPassword: "brand new password" }, later);
  });
});
