import { beforeEach, describe, expect, it } from "vitest";
import { RateLimitedError } from "@/lib/server/errors";
import { clientIp } from "@/lib/server/auth/client-ip";
import { makeUser, resetDatabase, TEST_PASSWORD } from "@/test/integration/db-helpers";
import { authenticateUser, type AuthenticatedUser } from "./authenticate-user";

const now = new Date("2026-03-01T10:00:00Z");
// The policy's free tries per (account, client) and per client across accounts.
const PAIR_FREE = 5;
const CLIENT_FREE = 20;

beforeEach(resetDatabase);

type Outcome = "signed-in" | "wrong" | "throttled";

/** What each try came to: the password was checked (signed-in or wrong) or it was refused unchecked. */
async function outcomes(tries: Promise<AuthenticatedUser | null>[]): Promise<Outcome[]> {
  const settled = await Promise.allSettled(tries);
  return settled.map((r) => {
    if (r.status === "fulfilled") return r.value ? "signed-in" : "wrong";
    if (r.reason instanceof RateLimitedError) return "throttled";
    throw r.reason;
  });
}
const count = (list: Outcome[], what: Outcome) => list.filter((o) => o === what).length;

function tryFrom(ip: string | null, email: string, password: string, at = now) {
  return authenticateUser({ email, password, ip, now: at });
}

describe("sign-in throttling under parallel tries", () => {
  it("checks at most the free tries' passwords when 60 wrong ones arrive at once, then refuses even the right one", async () => {
    const user = await makeUser();
    const burst = await outcomes(Array.from({ length: 60 }, (_, i) => tryFrom("203.0.113.9", user.email, `wrong ${i}`)));
    expect(count(burst, "wrong")).toBeLessThanOrEqual(PAIR_FREE);
    expect(count(burst, "throttled")).toBeGreaterThanOrEqual(60 - PAIR_FREE);

    // A second burst with the right password in the middle: nothing is checked, nobody gets in.
    const second = await outcomes(
      Array.from({ length: 60 }, (_, i) => tryFrom("203.0.113.9", user.email, i === 30 ? TEST_PASSWORD : `again ${i}`)),
    );
    expect(count(second, "signed-in")).toBe(0);
    expect(count(second, "throttled")).toBe(60);
  });

  it("a burst with the right password last checks at most the free tries in all", async () => {
    const user = await makeUser();
    const burst = await outcomes(Array.from({ length: 60 }, (_, i) => tryFrom("203.0.113.9", user.email, i === 59 ? TEST_PASSWORD : `wrong ${i}`)));
    expect(count(burst, "wrong") + count(burst, "signed-in")).toBeLessThanOrEqual(PAIR_FREE);
  });
});

describe("client identity", () => {
  it("without a known client address, spoofed X-Forwarded-For values never make a new client: one account's tries are throttled as one", async () => {
    const ips = Array.from({ length: 25 }, (_, i) => clientIp({ "x-forwarded-for": `198.51.100.${i}` }, {}));
    expect(new Set(ips)).toEqual(new Set([null]));
    const victim = await makeUser();
    const grind = await outcomes(ips.map((ip, i) => tryFrom(ip, victim.email, `password guess ${i}`)));
    expect(count(grind, "wrong")).toBeLessThanOrEqual(PAIR_FREE);
    expect(count(grind, "throttled")).toBeGreaterThanOrEqual(25 - PAIR_FREE);
    // No site-wide bucket: the spray at one account holds nobody else back.
    const bystander = await makeUser();
    expect(await tryFrom(null, bystander.email, TEST_PASSWORD)).toMatchObject({ id: bystander.id });
  });

  it("with TRUST_PROXY=1, the address the proxy saw is the client: spoofed entries before it are ignored, other clients are separate", async () => {
    const env = { TRUST_PROXY: "1" };
    const attacker = (i: number) => clientIp({ "x-forwarded-for": `10.9.9.${i}, 203.0.113.50` }, env);
    const spray = await outcomes(Array.from({ length: 25 }, (_, i) => tryFrom(attacker(i), `guess${i}@example.test`, "password guess")));
    expect(count(spray, "wrong")).toBeLessThanOrEqual(CLIENT_FREE);

    const user = await makeUser();
    const other = clientIp({ "x-forwarded-for": "10.9.9.1, 203.0.113.51" }, env);
    expect(await tryFrom(other, user.email, TEST_PASSWORD)).toMatchObject({ id: user.id });
  });
});

describe("no lock-out of the owner", () => {
  const env = { TRUST_PROXY: "1" };
  const from = (address: string) => clientIp({ "x-forwarded-for": address }, env);

  it("after an attacker's client is throttled on an account, the owner signs in from their own client", async () => {
    const owner = await makeUser();
    expect(await tryFrom(from("192.0.2.10"), owner.email, TEST_PASSWORD)).toMatchObject({ id: owner.id });

    const attack = await outcomes(Array.from({ length: 60 }, (_, i) => tryFrom(from("203.0.113.66"), owner.email, `wrong ${i}`)));
    expect(count(attack, "wrong")).toBeLessThanOrEqual(PAIR_FREE);
    await expect(tryFrom(from("203.0.113.66"), owner.email, TEST_PASSWORD)).rejects.toBeInstanceOf(RateLimitedError);

    // Same instant: the owner's usual client, and a client the owner never used before.
    expect(await tryFrom(from("192.0.2.10"), owner.email, TEST_PASSWORD)).toMatchObject({ id: owner.id });
    expect(await tryFrom(from("192.0.2.11"), owner.email, TEST_PASSWORD)).toMatchObject({ id: owner.id });
  });

  it("many clients grinding one account reach the account's ceiling, which spares the owner's known client", async () => {
    const owner = await makeUser();
    expect(await tryFrom(from("192.0.2.10"), owner.email, TEST_PASSWORD)).toMatchObject({ id: owner.id });

    const grind = await outcomes(Array.from({ length: 60 }, (_, i) => tryFrom(from(`203.0.113.${100 + i}`), owner.email, `wrong ${i}`)));
    expect(count(grind, "wrong")).toBeLessThan(60);
    expect(count(grind, "throttled")).toBeGreaterThan(0);

    expect(await tryFrom(from("192.0.2.10"), owner.email, TEST_PASSWORD)).toMatchObject({ id: owner.id });
  });

  it("a success clears the client's count for the account, so the owner's typos never add up", async () => {
    const owner = await makeUser();
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < PAIR_FREE - 1; i++) expect(await tryFrom(from("192.0.2.10"), owner.email, "typo")).toBeNull();
      expect(await tryFrom(from("192.0.2.10"), owner.email, TEST_PASSWORD)).toMatchObject({ id: owner.id });
    }
  });
});

describe("backoff", () => {
  it("after the free tries, waits 1 s, then 2 s, then 4 s, telling the seconds left", async () => {
    const user = await makeUser();
    const at = (ms: number) => new Date(now.getTime() + ms);
    for (let i = 0; i < PAIR_FREE; i++) expect(await tryFrom("203.0.113.9", user.email, "nope", at(0))).toBeNull();

    const refused = await tryFrom("203.0.113.9", user.email, TEST_PASSWORD, at(500)).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(RateLimitedError);
    expect((refused as RateLimitedError).retryAfterSeconds).toBe(1);
    expect((refused as RateLimitedError).message).toBe("Too many sign-in attempts. Try again in 1 s.");

    expect(await tryFrom("203.0.113.9", user.email, "nope", at(1_000))).toBeNull();
    await expect(tryFrom("203.0.113.9", user.email, "nope", at(2_999))).rejects.toMatchObject({ retryAfterSeconds: 1 });
    expect(await tryFrom("203.0.113.9", user.email, "nope", at(3_000))).toBeNull();
    await expect(tryFrom("203.0.113.9", user.email, TEST_PASSWORD, at(3_001))).rejects.toMatchObject({ retryAfterSeconds: 4 });
    expect(await tryFrom("203.0.113.9", user.email, TEST_PASSWORD, at(7_000))).toMatchObject({ id: user.id });
  });
});
