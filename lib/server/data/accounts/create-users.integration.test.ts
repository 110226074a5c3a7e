import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/server/db";
import { ConflictError, ForbiddenError, GoneError, NotFoundError } from "@/lib/server/errors";
import { makeUser, markSetUp, resetDatabase } from "@/test/integration/db-helpers";
import type { Actor } from "@/lib/server/data/actor";
import { authenticateUser } from "./authenticate-user";
import { createUser, createUserSchema } from "./create-user";
import { createUsersFromCsv, CsvUploadError } from "./create-users-from-csv";
import { getPasswordSetup } from "./get-password-setup";
import { renewPasswordSetup } from "./renew-password-setup";
import { setPasswordFromLink } from "./set-password-from-link";
import { setUserActive } from "./set-user-active";
import { setUserRole } from "./set-user-role";

const now = new Date("2026-06-01T12:00:00Z");
const DAY = 86_400_000;
let admin: Actor;

beforeEach(async () => {
  await resetDatabase();
  await markSetUp();
  admin = await makeUser("ADMIN");
});

// Each check from its own address, so the sign-in throttle doesn't count them together.
let client = 0;
const signIn = (email: string, password: string) => authenticateUser({ email, password, ip: `198.51.100.${++client}`, now });

describe("creating accounts", () => {
  it("an admin creates one without a password; its owner sets one through the one-time link and signs in", async () => {
    const created = await createUser(admin, { name: "Nia New", email: "nia@example.com", role: "STUDENT" }, now);
    expect(created.expiresAt).toEqual(new Date(now.getTime() + 7 * DAY));
    // Nothing signs in before the owner chooses a password.
    expect(await signIn("nia@example.com", "!unset")).toBeNull();
    expect(await signIn("nia@example.com", "")).toBeNull();
    expect(await getPasswordSetup(created.setupToken!, now)).toMatchObject({ name: "Nia New", email: "nia@example.com" });

    await setPasswordFromLink({ token: created.setupToken!, password: "a brand new password", confirmPassword: "a brand new password" }, now);
    expect(await signIn("nia@example.com", "a brand new password")).toMatchObject({ id: created.id });
    // The link is used up.
    await expect(getPasswordSetup(created.setupToken!, now)).rejects.toBeInstanceOf(NotFoundError);
    await expect(setPasswordFromLink({ token: created.setupToken!, password: "another new password", confirmPassword: "another new password" }, now)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("is for admins only, refuses a taken email, and expired links", async () => {
    const student = await makeUser();
    await expect(createUser(student, { name: "X", email: "x@example.com", role: "STUDENT" }, now)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(createUsersFromCsv(student, "name,email\nX,x@example.com", now)).rejects.toBeInstanceOf(ForbiddenError);
    const { setupToken, id } = await createUser(admin, { name: "Late", email: "late@example.com", role: "STUDENT" }, now);
    await expect(createUser(admin, createUserSchema.parse({ name: "Again", email: " LATE@example.com", role: "STUDENT" }), now)).rejects.toBeInstanceOf(ConflictError);
    const later = new Date(now.getTime() + 8 * DAY);
    await expect(getPasswordSetup(setupToken!, later)).rejects.toBeInstanceOf(GoneError);
    await expect(setPasswordFromLink({ token: setupToken!, password: "a brand new password", confirmPassword: "a brand new password" }, later)).rejects.toBeInstanceOf(GoneError);
    // A renewed link works, the old one no longer does.
    const renewed = await renewPasswordSetup(admin, id, later);
    await expect(getPasswordSetup(setupToken!, later)).rejects.toBeInstanceOf(NotFoundError);
    await setPasswordFromLink({ token: renewed.setupToken, password: "a brand new password", confirmPassword: "a brand new password" }, later);
    await expect(renewPasswordSetup(admin, id, later)).rejects.toBeInstanceOf(ConflictError);
  });

  it("sets the password once when the link is submitted twice at the same time", async () => {
    const { setupToken } = await createUser(admin, { name: "Par Allel", email: "par@example.com", role: "STUDENT" }, now);
    const results = await Promise.allSettled(
      Array.from({ length: 8 }, (_, i) => setPasswordFromLink({ token: setupToken!, password: `parallel password ${i}`, confirmPassword: `parallel password ${i}` }, now)),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const winner = results.findIndex((r) => r.status === "fulfilled");
    expect(await signIn("par@example.com", `parallel password ${winner}`)).toMatchObject({ email: "par@example.com" });
  });
});

describe("links and the rest of the account rules", () => {
  it("renewed while being used, never leaves a live link on an account that has its password", async () => {
    // The renewal starts at a sweep of moments across the use (whose argon2 hash comes first), so
    // some land inside the use's transaction, the window where a renewal could slip a link in.
    for (let delay = 0; delay <= 240; delay += 4) {
      const { id, setupToken } = await createUser(admin, { name: `Race ${delay}`, email: `race${delay}@example.com`, role: "STUDENT" }, now);
      const used = setPasswordFromLink({ token: setupToken!, password: "a racing password", confirmPassword: "a racing password" }, now).then(
        () => true,
        () => false,
      );
      await new Promise((resolve) => setTimeout(resolve, delay));
      const renewed = await renewPasswordSetup(admin, id, now).then(
        () => true,
        () => false,
      );
      const user = await getDb().user.findUniqueOrThrow({ where: { id }, select: { passwordHash: true, passwordSetup: { select: { id: true } } } });
      if (await used) expect(user.passwordSetup, `renewal ${delay} ms in left a link beside the password`).toBeNull();
      else expect(renewed && user.passwordSetup !== null && user.passwordHash === "!unset").toBe(true);
    }
  });

  it("an admin account still waiting for its password doesn't count as the other admin", async () => {
    await createUser(admin, { name: "Paper Admin", email: "paper@example.com", role: "ADMIN" }, now);
    await expect(setUserRole(admin, { userId: admin.id, role: "STUDENT" })).rejects.toBeInstanceOf(ConflictError);
    await expect(setUserActive(admin, { userId: admin.id, active: false })).rejects.toThrow();
    expect((await getDb().user.findUniqueOrThrow({ where: { id: admin.id } })).role).toBe("ADMIN");
  });

  it("deactivating an account deletes its link; a deactivated owner can't set a password", async () => {
    const a = await createUser(admin, { name: "Gone Soon", email: "gone@example.com", role: "STUDENT" }, now);
    await setUserActive(admin, { userId: a.id, active: false });
    expect(await getDb().passwordSetup.count({ where: { userId: a.id } })).toBe(0);
    await setUserActive(admin, { userId: a.id, active: true });
    await expect(getPasswordSetup(a.setupToken!, now)).rejects.toBeInstanceOf(NotFoundError);

    const b = await createUser(admin, { name: "Off Line", email: "off@example.com", role: "STUDENT" }, now);
    await getDb().user.update({ where: { id: b.id }, data: { deactivatedAt: now } });
    await expect(setPasswordFromLink({ token: b.setupToken!, password: "a brand new password", confirmPassword: "a brand new password" }, now)).rejects.toBeInstanceOf(NotFoundError);
    expect((await getDb().user.findUniqueOrThrow({ where: { id: b.id } })).passwordHash).toBe("!unset");
    await expect(renewPasswordSetup(admin, b.id, now)).rejects.toThrow(/is deactivated/);
  });
});

describe("a CSV upload", () => {
  it("creates everyone in the file, each with a link", async () => {
    const created = await createUsersFromCsv(admin, "name,email,role\nAna,ana@example.com,\nBen,ben@example.com,admin\n", now);
    expect(created.map((c) => [c.email, c.role])).toEqual([["ana@example.com", "STUDENT"], ["ben@example.com", "ADMIN"]]);
    expect(new Set(created.map((c) => c.setupToken)).size).toBe(2);
    expect(await getDb().passwordSetup.count()).toBe(2);
  });

  it("creates nobody when any row has a problem, and names each problem's line", async () => {
    await makeUser("STUDENT", "Existing").then((u) => getDb().user.update({ where: { id: u.id }, data: { email: "taken@example.com" } }));
    const before = await getDb().user.count();
    const error = await createUsersFromCsv(admin, "name,email\nAna,ana@example.com\nTaken,taken@example.com\n", now).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CsvUploadError);
    expect((error as CsvUploadError).problems).toEqual([{ line: 3, message: "taken@example.com already has an account." }]);
    const bad = await createUsersFromCsv(admin, "name,email\nAna,ana@example.com\n,x@example.com\n", now).catch((e: unknown) => e);
    expect((bad as CsvUploadError).problems).toEqual([{ line: 3, message: "Enter a name." }]);
    expect(await getDb().user.count()).toBe(before);
  });

  it("run in parallel with the same people, creates them once: one upload wins, the others create nobody", async () => {
    const csv = ["name,email", ...Array.from({ length: 20 }, (_, i) => `Person ${i},p${i}@example.com`)].join("\n");
    const results = await Promise.allSettled(Array.from({ length: 5 }, () => createUsersFromCsv(admin, csv, now)));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    // The losers either saw the emails taken (a refused file) or lost the race in the transaction.
    for (const r of results) if (r.status === "rejected") expect(r.reason instanceof CsvUploadError || r.reason instanceof ConflictError).toBe(true);
    expect(await getDb().user.count({ where: { email: { endsWith: "@example.com", startsWith: "p" } } })).toBe(20);
    expect(await getDb().passwordSetup.count()).toBe(20);
  });
});
