import { describe, expect, it } from "vitest";
import { backoffMs, countedTries, countTry, decideSignInTry, THROTTLE, throttleKeys, type ThrottleCounter } from "./sign-in-throttle";

const now = new Date("2026-01-01T12:00:00Z");
const ago = (ms: number) => new Date(now.getTime() - ms);
const fresh: ThrottleCounter = { failures: 0, lastAttemptAt: null, lastSuccessAt: null };
const counter = (failures: number, lastMsAgo: number, successMsAgo?: number): ThrottleCounter => ({
  failures,
  lastAttemptAt: ago(lastMsAgo),
  lastSuccessAt: successMsAgo === undefined ? null : ago(successMsAgo),
});

describe("backoffMs", () => {
  it("is free for the first tries, then doubles from 1 s up to 15 min", () => {
    const waits = Array.from({ length: 18 }, (_, n) => backoffMs(n, THROTTLE.pair));
    expect(waits.slice(0, 5)).toEqual([0, 0, 0, 0, 0]);
    expect(waits.slice(5, 12)).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 64_000]);
    expect(waits[15]).toBe(15 * 60_000); // 1024 s would pass the cap
    expect(backoffMs(10_000, THROTTLE.pair)).toBe(15 * 60_000);
  });
});

describe("decideSignInTry", () => {
  it("allows the free tries", () => {
    expect(decideSignInTry({ pair: counter(4, 0), client: fresh, account: fresh }, now)).toEqual({ allowed: true });
  });

  it("after the free tries, waits the backoff from the last try, rounding up to whole seconds", () => {
    expect(decideSignInTry({ pair: counter(5, 0), client: fresh, account: fresh }, now)).toEqual({ allowed: false, retryAfterSeconds: 1 });
    expect(decideSignInTry({ pair: counter(5, 999), client: fresh, account: fresh }, now)).toEqual({ allowed: false, retryAfterSeconds: 1 });
    expect(decideSignInTry({ pair: counter(5, 1_000), client: fresh, account: fresh }, now)).toEqual({ allowed: true });
    expect(decideSignInTry({ pair: counter(8, 2_500), client: fresh, account: fresh }, now)).toEqual({ allowed: false, retryAfterSeconds: 6 });
    expect(decideSignInTry({ pair: counter(40, 0), client: fresh, account: fresh }, now)).toEqual({ allowed: false, retryAfterSeconds: 900 });
  });

  it("forgets a pair after a day without tries", () => {
    expect(decideSignInTry({ pair: counter(40, THROTTLE.forgetAfterMs), client: fresh, account: fresh }, now)).toEqual({ allowed: true });
  });

  it("applies the client's and the account's ceilings to an unknown client", () => {
    expect(decideSignInTry({ pair: fresh, client: counter(20, 0), account: fresh }, now)).toEqual({ allowed: false, retryAfterSeconds: 1 });
    expect(decideSignInTry({ pair: fresh, client: fresh, account: counter(22, 0) }, now)).toEqual({ allowed: false, retryAfterSeconds: 4 });
    expect(decideSignInTry({ pair: fresh, client: counter(19, 0), account: counter(19, 0) }, now)).toEqual({ allowed: true });
  });

  it("spares a client that signed in to the account lately from both ceilings, not from its own backoff", () => {
    const known = counter(0, 0, 60_000);
    expect(decideSignInTry({ pair: known, client: counter(500, 0), account: counter(500, 0) }, now)).toEqual({ allowed: true });
    expect(decideSignInTry({ pair: { ...known, failures: 5 }, client: fresh, account: fresh }, now)).toEqual({ allowed: false, retryAfterSeconds: 1 });
    const longAgo = counter(0, 0, THROTTLE.knownClientMs);
    expect(decideSignInTry({ pair: longAgo, client: counter(500, 0), account: fresh }, now).allowed).toBe(false);
  });

  it("without a known client: no site-wide client bucket, and nobody inherits a known client's standing", () => {
    // Anyone's failures elsewhere can't hold this account back: there is no client counter.
    expect(decideSignInTry({ pair: fresh, client: null, account: fresh }, now)).toEqual({ allowed: true });
    // A success on the account doesn't spare the next try from the account's ceiling.
    expect(decideSignInTry({ pair: counter(0, 0, 60_000), client: null, account: counter(22, 0) }, now)).toEqual({ allowed: false, retryAfterSeconds: 4 });
    expect(decideSignInTry({ pair: counter(5, 0), client: null, account: fresh }, now)).toEqual({ allowed: false, retryAfterSeconds: 1 });
  });

  it("never holds back a free try because a parallel request stamped the counter a moment later", () => {
    const stampedLater: ThrottleCounter = { failures: 3, lastAttemptAt: new Date(now.getTime() + 5), lastSuccessAt: null };
    expect(decideSignInTry({ pair: fresh, client: stampedLater, account: stampedLater }, now)).toEqual({ allowed: true });
  });

  it("lets the ceilings' counts leak away, one try per minute", () => {
    expect(countedTries(counter(25, 5 * 60_000 + 59_000), THROTTLE.client, now)).toBe(20);
    expect(countedTries(counter(25, 6 * 60_000), THROTTLE.client, now)).toBe(19);
    expect(countedTries(counter(25, 6 * 60_000), THROTTLE.pair, now)).toBe(25);
    expect(decideSignInTry({ pair: fresh, client: counter(25, 6 * 60_000), account: fresh }, now)).toEqual({ allowed: true });
  });
});

describe("countTry", () => {
  it("adds the try to what is still counted and stamps it", () => {
    expect(countTry(counter(3, 10_000), THROTTLE.pair, now)).toEqual({ failures: 4, lastAttemptAt: now, lastSuccessAt: null });
    expect(countTry(counter(30, THROTTLE.forgetAfterMs), THROTTLE.pair, now).failures).toBe(1);
    expect(countTry(counter(30, 10 * 60_000), THROTTLE.account, now).failures).toBe(21);
    expect(countTry(fresh, THROTTLE.client, now).failures).toBe(1);
  });
});

describe("throttleKeys", () => {
  it("normalises the email; without a known client the pair is the account alone and there is no client key", () => {
    expect(throttleKeys("  Ada@Example.COM ", null)).toEqual({ pair: "pair:ada@example.com", client: null, account: "account:ada@example.com" });
    expect(throttleKeys("a@b.co", "10.0.0.1")).toEqual({ pair: "pair:a@b.co 10.0.0.1", client: "client:10.0.0.1", account: "account:a@b.co" });
  });
});
