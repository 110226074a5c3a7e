import type { JWT } from "next-auth/jwt";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { NextAuthOptions } from "next-auth";
import { getDb } from "@/lib/server/db";
import { makeUser, resetDatabase, TEST_PASSWORD } from "@/test/integration/db-helpers";
import { authenticateUser } from "./authenticate-user";
import { getSessionUser } from "./get-session-user";

const now = new Date("2026-03-01T10:00:00Z");
let authOptions: NextAuthOptions;

beforeAll(async () => {
  // auth-options reads the secret when loaded; a fixed one keeps the test from writing .data/.
  process.env.NEXTAUTH_SECRET ??= "integration-test-secret";
  ({ authOptions } = await import("@/lib/server/auth/auth-options"));
});
beforeEach(resetDatabase);

/** Signs in and returns the JWT next-auth would put in the cookie (through the app's own callback). */
async function signInToken(email: string): Promise<JWT> {
  const user = await authenticateUser({ email, password: TEST_PASSWORD, ip: null, now });
  if (!user) throw new Error("sign-in failed");
  const nextAuthUser = { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion, sessionId: user.sessionId };
  return authOptions.callbacks!.jwt!({ token: { sub: user.id }, user: nextAuthUser, account: null, trigger: "signIn" });
}

/** What every request does with the cookie's JWT (current-user.ts). */
function checkCookie(token: JWT) {
  return getSessionUser({ userId: token.sub ?? "", sessionVersion: token.sv ?? -1, sessionId: token.sid }, now);
}

describe("sessions", () => {
  it("signing out makes the signed-out cookie useless, and only that one", async () => {
    const user = await makeUser();
    const laptop = await signInToken(user.email);
    const phone = await signInToken(user.email);
    expect(await checkCookie(laptop)).toMatchObject({ id: user.id });
    expect(await checkCookie(phone)).toMatchObject({ id: user.id });

    await authOptions.events!.signOut!({ token: laptop, session: undefined as never });

    // A copy of the laptop's cookie no longer works; the phone stays signed in.
    expect(await checkCookie(laptop)).toBeNull();
    expect(await checkCookie(phone)).toMatchObject({ id: user.id });
  });

  it("records one session per sign-in, revoked at sign-out", async () => {
    const user = await makeUser();
    const token = await signInToken(user.email);
    expect(token.sid).toEqual(expect.any(String));
    const row = await getDb().session.findUniqueOrThrow({ where: { id: token.sid! } });
    expect(row).toMatchObject({ userId: user.id, revokedAt: null });
    await authOptions.events!.signOut!({ token, session: undefined as never });
    expect((await getDb().session.findUniqueOrThrow({ where: { id: token.sid! } })).revokedAt).not.toBeNull();
  });

  it("refuses a cookie with another user's session id, an expired session and a cookie without a session", async () => {
    const alice = await makeUser();
    const bob = await makeUser();
    const aliceToken = await signInToken(alice.email);
    expect(await checkCookie({ ...aliceToken, sub: bob.id })).toBeNull();
    expect(await checkCookie({ ...aliceToken, sid: undefined })).toBeNull();
    const later = new Date(now.getTime() + 31 * 24 * 60 * 60 * 1000);
    expect(await getSessionUser({ userId: alice.id, sessionVersion: 0, sessionId: aliceToken.sid }, later)).toBeNull();
  });

  it("20 parallel sign-outs of one session revoke it once and leave it revoked", async () => {
    const user = await makeUser();
    const token = await signInToken(user.email);
    await Promise.all(Array.from({ length: 20 }, () => authOptions.events!.signOut!({ token, session: undefined as never })));
    expect(await checkCookie(token)).toBeNull();
    expect(await getDb().session.count({ where: { userId: user.id, revokedAt: { not: null } } })).toBe(1);
  });
});
