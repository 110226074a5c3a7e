import { describe, expect, it } from "vitest";
import { retryAfterSeconds, THROTTLE, throttleKeys } from "./sign-in-throttle";

const now = new Date("2026-01-01T12:00:00Z");
const ago = (s: number) => new Date(now.getTime() - s * 1000);

describe("retryAfterSeconds", () => {
  it("allows attempts below the limit", () => {
    expect(retryAfterSeconds([ago(10), ago(20), ago(30), ago(40)], 5, THROTTLE.windowMs, now)).toBeNull();
  });

  it("blocks at the limit until the limit-th most recent failure leaves the window", () => {
    const failures = [ago(10), ago(20), ago(30), ago(40), ago(50)];
    // The 5th most recent failure was 50 s ago; it leaves the 900 s window in 850 s.
    expect(retryAfterSeconds(failures, 5, THROTTLE.windowMs, now)).toBe(850);
  });

  it("ignores failures older than the window", () => {
    const failures = [ago(10), ago(20), ago(30), ago(40), ago(901)];
    expect(retryAfterSeconds(failures, 5, THROTTLE.windowMs, now)).toBeNull();
  });

  it("with more failures than the limit, waits for the limit-th most recent", () => {
    const failures = [ago(100), ago(5), ago(600), ago(1), ago(2), ago(3), ago(4)];
    // Sorted: 1,2,3,4,5,100,600 s ago; the 5th is 5 s ago → 895 s.
    expect(retryAfterSeconds(failures, 5, THROTTLE.windowMs, now)).toBe(895);
  });

  it("never returns 0 while blocked (rounds up)", () => {
    const failures = [ago(899.9), ago(899.9), ago(899.9)];
    expect(retryAfterSeconds(failures, 3, THROTTLE.windowMs, now)).toBe(1);
  });
});

describe("throttleKeys", () => {
  it("normalises email and omits an unknown IP", () => {
    expect(throttleKeys("  Ada@Example.COM ", null)).toEqual({ emailKey: "email:ada@example.com", ipKey: null });
    expect(throttleKeys("a@b.co", "10.0.0.1").ipKey).toBe("ip:10.0.0.1");
  });
});
