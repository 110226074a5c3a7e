import { describe, expect, it } from "vitest";
import { localDateKey } from "@/lib/time/day-bounds";
import { addDays, currentStreak, dayRange, daysBetween, fillDays, longestStreak, weekdayIndex } from "./calendar-days";

describe("calendar arithmetic on date keys", () => {
  it("adds days across month, year and leap-day boundaries", () => {
    expect(addDays("2026-11-30", 1)).toBe("2026-12-01");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2028-03-01", -1)).toBe("2028-02-29");
    expect(addDays("2026-03-28", 2)).toBe("2026-03-30"); // across Europe's clock change: still whole days
  });

  it("counts the days between two dates and lists them", () => {
    expect(daysBetween("2026-11-01", "2026-11-28")).toBe(27);
    expect(daysBetween("2026-11-28", "2026-11-01")).toBe(-27);
    expect(dayRange("2026-12-30", "2027-01-02")).toEqual(["2026-12-30", "2026-12-31", "2027-01-01", "2027-01-02"]);
    expect(dayRange("2026-12-30", "2026-12-29")).toEqual([]);
  });

  it("numbers weekdays from Monday", () => {
    expect(weekdayIndex("2026-11-30")).toBe(0); // a Monday
    expect(weekdayIndex("2026-11-29")).toBe(6); // a Sunday
  });

  it("refuses anything that isn't YYYY-MM-DD", () => {
    expect(() => addDays("28/11/2026", 1)).toThrow(/YYYY-MM-DD/);
  });
});

describe("fillDays", () => {
  it("puts a zero on every day without reviews and drops rows outside the range", () => {
    const rows = [
      { date: "2026-11-01", count: 9 },
      { date: "2026-11-03", count: 2 },
      { date: "2026-11-05", count: 4 },
    ];
    expect(fillDays(rows, "2026-11-02", "2026-11-04")).toEqual([
      { date: "2026-11-02", count: 0 },
      { date: "2026-11-03", count: 2 },
      { date: "2026-11-04", count: 0 },
    ]);
  });
});

describe("streaks", () => {
  const now = new Date("2026-11-28T23:30:00Z");

  it("counts consecutive local days ending today", () => {
    const today = localDateKey(now, "Europe/Berlin"); // already the 29th in Berlin
    expect(today).toBe("2026-11-29");
    expect(currentStreak(["2026-11-27", "2026-11-28", "2026-11-29", "2026-11-25"], today)).toBe(3);
  });

  it("keeps yesterday's streak while today has no review yet, and breaks it after a missed day", () => {
    const today = localDateKey(now, "UTC");
    expect(currentStreak(["2026-11-26", "2026-11-27"], today)).toBe(2);
    expect(currentStreak(["2026-11-25", "2026-11-26"], today)).toBe(0);
    expect(currentStreak([], today)).toBe(0);
  });

  it("finds the longest run regardless of order and duplicates", () => {
    expect(longestStreak(["2026-11-05", "2026-11-01", "2026-11-02", "2026-11-03", "2026-11-03", "2026-11-06"])).toBe(3);
    expect(longestStreak(["2026-12-31", "2027-01-01"])).toBe(2);
    expect(longestStreak([])).toBe(0);
  });
});
