import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/server/db";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/server/errors";
import { MAX_API_TOKENS } from "@/lib/auth/api-scopes";
import { makeUser, resetDatabase } from "@/test/integration/db-helpers";
import { authenticateApiToken } from "./authenticate-api-token";
import { createApiToken } from "./create-api-token";
import { listApiTokens } from "./list-api-tokens";
import { revokeApiToken } from "./revoke-api-token";
import { TEST_PASSWORD } from "@/test/integration/db-helpers";
import { changePassword } from "@/lib/server/data/accounts/change-password";
import { issuePasswordReset } from "@/lib/server/data/accounts/issue-password-reset";
import { setPasswordFromLink } from "@/lib/server/data/accounts/set-password-from-link";
import { setUserActive } from "@/lib/server/data/accounts/set-user-active";

const now = new Date("2026-06-01T12:00:00Z");
const later = (ms: number) => new Date(now.getTime() + ms);

beforeEach(resetDatabase);

describe("personal access tokens", () => {
  it("are shown once, kept as a hash, and act as their owner within their scopes", async () => {
    const student = await makeUser();
    const created = await createApiToken(student, { name: "nightly export", scopes: ["reviews", "attempts", "reviews"], expiresInDays: 30 }, now);
    expect(created.token).toMatch(/^qf_/);
    expect(created.scopes).toEqual(["reviews", "attempts"]);
    expect(created.expiresAt).toEqual(later(30 * 86_400_000));
    const stored = await getDb().apiToken.findUniqueOrThrow({ where: { id: created.id } });
    expect(JSON.stringify(stored)).not.toContain(created.token.slice(3));

    const found = await authenticateApiToken(created.token, now);
    expect(found?.user).toMatchObject({ id: student.id, email: student.email, role: "STUDENT" });
    expect(found?.scopes).toEqual(["reviews", "attempts"]);
    // One character changed; picking the replacement by the last one keeps the token different every run.
    const last = created.token.at(-1);
    expect(await authenticateApiToken(`${created.token.slice(0, -1)}${last === "A" ? "B" : "A"}`, now)).toBeNull();

    const [row] = await listApiTokens(student, now);
    expect(row).toMatchObject({ id: created.id, name: "nightly export", prefix: created.token.slice(0, 11), scopes: ["reviews", "attempts"], lastUsedAt: now, expired: false });
  });

  it("record their last use at most once a minute", async () => {
    const student = await makeUser();
    const { id, token } = await createApiToken(student, { name: "bot", scopes: ["reviews"], expiresInDays: null }, now);
    await authenticateApiToken(token, now);
    await authenticateApiToken(token, later(30_000));
    expect((await getDb().apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt).toEqual(now);
    await authenticateApiToken(token, later(61_000));
    expect((await getDb().apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt).toEqual(later(61_000));
  });

  it("stop working when revoked, when expired, and when their owner is deactivated", async () => {
    const [student, other] = [await makeUser(), await makeUser()];
    const revoked = await createApiToken(student, { name: "a", scopes: ["reviews"], expiresInDays: 30 }, now);
    await expect(revokeApiToken(other, revoked.id, now)).rejects.toBeInstanceOf(NotFoundError);
    expect(await authenticateApiToken(revoked.token, now)).not.toBeNull();
    await revokeApiToken(student, revoked.id, now);
    expect(await authenticateApiToken(revoked.token, now)).toBeNull();
    await expect(revokeApiToken(student, revoked.id, now)).rejects.toBeInstanceOf(NotFoundError);
    expect(await listApiTokens(student, now)).toEqual([]);

    const expiring = await createApiToken(student, { name: "b", scopes: ["reviews"], expiresInDays: 30 }, now);
    expect(await authenticateApiToken(expiring.token, later(30 * 86_400_000 - 1))).not.toBeNull();
    expect(await authenticateApiToken(expiring.token, later(30 * 86_400_000))).toBeNull();
    expect((await listApiTokens(student, later(30 * 86_400_000)))[0]?.expired).toBe(true);

    const forever = await createApiToken(student, { name: "c", scopes: ["reviews"], expiresInDays: null }, now);
    await getDb().user.update({ where: { id: student.id }, data: { deactivatedAt: now } });
    expect(await authenticateApiToken(forever.token, later(1))).toBeNull();
  });

  it("end with a password reset, a password change and deactivation, and don't come back on reactivation", async () => {
    const admin = await makeUser("ADMIN");
    const [reset, changed, deactivated] = [await makeUser(), await makeUser(), await makeUser()];
    const token = async (user: typeof reset) => (await createApiToken(user, { name: "t", scopes: ["reviews"], expiresInDays: null }, now)).token;
    const [a, b, c] = [await token(reset), await token(changed), await token(deactivated)];

    const link = await issuePasswordReset(admin, reset.id, now);
    // Issuing a link ends nothing yet; using it does.
    expect(await authenticateApiToken(a, now)).not.toBeNull();
    await setPasswordFromLink({ token: link.token, password: "a new password 123", confirmPassword: "a new password 123" }, now);
    expect(await authenticateApiToken(a, now)).toBeNull();

    await changePassword(changed, { currentPassword: TEST_PASSWORD, newPassword: "a new password 456" }, now);
    expect(await authenticateApiToken(b, now)).toBeNull();

    await setUserActive(admin, { userId: deactivated.id, active: false });
    await setUserActive(admin, { userId: deactivated.id, active: true });
    expect(await authenticateApiToken(c, now)).toBeNull();
    expect(await listApiTokens(deactivated, now)).toEqual([]);
  });

  it("give the administration scope only to administrators", async () => {
    const [student, admin] = [await makeUser(), await makeUser("ADMIN")];
    const refused = createApiToken(student, { name: "x", scopes: ["admin"], expiresInDays: 30 }, now);
    await expect(refused).rejects.toBeInstanceOf(ValidationError);
    await expect(refused).rejects.toMatchObject({ fieldErrors: { scopes: expect.stringMatching(/Only administrators/) } });
    expect(await getDb().apiToken.count()).toBe(0);
    expect((await createApiToken(admin, { name: "x", scopes: ["admin"], expiresInDays: 30 }, now)).scopes).toEqual(["admin"]);
  });

  it(`stop at ${MAX_API_TOKENS} live tokens per account, also when 25 are created at once`, async () => {
    const student = await makeUser();
    const results = await Promise.allSettled(Array.from({ length: 25 }, (_, i) => createApiToken(student, { name: `t${i}`, scopes: ["reviews"], expiresInDays: 30 }, now)));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(MAX_API_TOKENS);
    for (const r of results) if (r.status === "rejected") expect(r.reason).toBeInstanceOf(ConflictError);
    expect(await getDb().apiToken.count({ where: { userId: student.id } })).toBe(MAX_API_TOKENS);
    // A revoked token frees its place; another account has its own.
    const [first] = await listApiTokens(student, now);
    await revokeApiToken(student, first!.id, now);
    await createApiToken(student, { name: "again", scopes: ["reviews"], expiresInDays: 30 }, now);
    await createApiToken(await makeUser(), { name: "mine", scopes: ["reviews"], expiresInDays: 30 }, now);
  });
});
