import { describe, expect, it } from "vitest";
import { admit, drain, RESET_REQUEST_LIMITS, type Bucket } from "./reset-request-throttle";

const t0 = new Date("2026-06-01T12:00:00Z");
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);
const account = RESET_REQUEST_LIMITS.account;

/** Requests for one address at the given minutes: which went ahead. */
function run(minutes: number[]): boolean[] {
  let bucket: Bucket = { level: 0, since: t0 };
  return minutes.map((m) => {
    const result = admit([{ bucket, rule: account }], at(m));
    bucket = result.buckets[0]!;
    return result.allowed;
  });
}

describe("reset requests per address", () => {
  it("allow 3 at once, then one every 20 minutes", () => {
    expect(run([0, 0, 0, 0, 1, 19])).toEqual([true, true, true, false, false, false]);
    expect(run([0, 0, 0, 20, 21, 40])).toEqual([true, true, true, true, false, true]);
  });

  it("don't let refused requests hold the bucket full (asking again after 20 minutes works)", () => {
    expect(run([0, 0, 0, 5, 10, 15, 20])).toEqual([true, true, true, false, false, false, true]);
  });

  it("keep the part of a period already waited (the leak's clock isn't reset by a request)", () => {
    // Full at 0; at 30 one has leaked (10 minutes towards the next); at 40 the next has.
    expect(run([0, 0, 0, 30, 30, 40])).toEqual([true, true, true, true, false, true]);
  });

  it("empty completely after long enough", () => {
    expect(drain({ level: 3, since: t0 }, at(60), account).level).toBe(0);
    expect(run([0, 0, 0, 600, 600, 600, 600])).toEqual([true, true, true, true, true, true, false]);
  });
});

describe("admit over several keys", () => {
  it("goes ahead only when every bucket has room, and then fills each", () => {
    const full = { bucket: { level: 10, since: t0 }, rule: RESET_REQUEST_LIMITS.client };
    const empty = { bucket: { level: 0, since: t0 }, rule: account };
    const refused = admit([empty, full], at(1));
    expect(refused.allowed).toBe(false);
    expect(refused.buckets.map((b) => b.level)).toEqual([0, 10]);
    const allowed = admit([empty, full], at(6));
    expect(allowed.allowed).toBe(true);
    expect(allowed.buckets.map((b) => b.level)).toEqual([1, 10]);
  });
});
