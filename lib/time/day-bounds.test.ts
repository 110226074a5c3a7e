import { describe, expect, it } from "vitest";
import { dayBounds, isValidTimeZone, localDateKey, localMidnight } from "./day-bounds";

describe("dayBounds", () => {
  it("uses midnight UTC for UTC", () => {
    const { dayStart, nextDayStart } = dayBounds(new Date("2026-11-28T17:30:00Z"), "UTC");
    expect(dayStart.toISOString()).toBe("2026-11-28T00:00:00.000Z");
    expect(nextDayStart.toISOString()).toBe("2026-11-29T00:00:00.000Z");
  });

  it("starts the day at local midnight east of UTC (the UTC date can still be yesterday)", () => {
    // 23:30 UTC on the 27th is 00:30 on the 28th in Berlin (UTC+1 in November).
    const { dayStart, nextDayStart } = dayBounds(new Date("2026-11-27T23:30:00Z"), "Europe/Berlin");
    expect(dayStart.toISOString()).toBe("2026-11-27T23:00:00.000Z");
    expect(nextDayStart.toISOString()).toBe("2026-11-28T23:00:00.000Z");
  });

  it("starts the day at local midnight west of UTC", () => {
    const { dayStart } = dayBounds(new Date("2026-11-28T03:00:00Z"), "America/New_York");
    expect(dayStart.toISOString()).toBe("2026-11-27T05:00:00.000Z");
  });

  it("has a 23-hour day when clocks go forward (Europe/Berlin, 29 March 2026)", () => {
    const { dayStart, nextDayStart } = dayBounds(new Date("2026-03-29T12:00:00Z"), "Europe/Berlin");
    expect(dayStart.toISOString()).toBe("2026-03-28T23:00:00.000Z");
    expect(nextDayStart.toISOString()).toBe("2026-03-29T22:00:00.000Z");
    expect(nextDayStart.getTime() - dayStart.getTime()).toBe(23 * 3_600_000);
  });

  it("falls back to UTC for a zone the runtime doesn't know", () => {
    expect(dayBounds(new Date("2026-11-28T17:30:00Z"), "Mars/Olympus").dayStart.toISOString()).toBe("2026-11-28T00:00:00.000Z");
  });
});

describe("isValidTimeZone / localDateKey", () => {
  it("accepts IANA names and refuses others", () => {
    expect(isValidTimeZone("Europe/Berlin")).toBe(true);
    expect(isValidTimeZone("UTC")).toBe(true);
    expect(isValidTimeZone("Mars/Olympus")).toBe(false);
    expect(isValidTimeZone("")).toBe(false);
  });

  it("gives the local calendar date", () => {
    expect(localDateKey(new Date("2026-11-27T23:30:00Z"), "Europe/Berlin")).toBe("2026-11-28");
    expect(localDateKey(new Date("2026-11-27T23:30:00Z"), "UTC")).toBe("2026-11-27");
  });
});

describe("localMidnight", () => {
  it("gives the instant a local date begins, in any offset", () => {
    expect(localMidnight("2026-11-28", "Europe/Berlin").toISOString()).toBe("2026-11-27T23:00:00.000Z");
    expect(localMidnight("2026-11-28", "Asia/Kathmandu").toISOString()).toBe("2026-11-27T18:15:00.000Z");
    expect(localMidnight("2026-11-28", "America/Los_Angeles").toISOString()).toBe("2026-11-28T08:00:00.000Z");
    expect(localMidnight("2026-11-28", "UTC").toISOString()).toBe("2026-11-28T00:00:00.000Z");
  });

  it("follows daylight saving: Berlin's summer-time day starts an hour earlier in UTC", () => {
    expect(localMidnight("2026-03-29", "Europe/Berlin").toISOString()).toBe("2026-03-28T23:00:00.000Z");
    expect(localMidnight("2026-03-30", "Europe/Berlin").toISOString()).toBe("2026-03-29T22:00:00.000Z");
  });

  it("agrees with dayBounds and localDateKey", () => {
    const now = new Date("2026-07-04T02:30:00Z");
    for (const zone of ["Asia/Tokyo", "America/New_York", "Australia/Adelaide"]) {
      expect(localMidnight(localDateKey(now, zone), zone)).toEqual(dayBounds(now, zone).dayStart);
    }
  });

  it("falls back to UTC for an unknown zone", () => {
    expect(localMidnight("2026-11-28", "Mars/Olympus").toISOString()).toBe("2026-11-28T00:00:00.000Z");
  });
});
