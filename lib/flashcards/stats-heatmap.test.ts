import { describe, expect, it } from "vitest";
import { localDateKey } from "@/lib/time/day-bounds";
import { calendarGrid, heatLevel, heatRanges, monthlyTotals } from "./stats-heatmap";

describe("heat levels", () => {
  it("gives the busiest day level 4 and any review at least level 1", () => {
    expect(heatLevel(0, 10)).toBe(0);
    expect(heatLevel(1, 10)).toBe(1);
    expect(heatLevel(3, 10)).toBe(2);
    expect(heatLevel(10, 10)).toBe(4);
    expect(heatLevel(1, 1)).toBe(4);
    expect(heatLevel(1, 100)).toBe(1);
  });

  it("describes each level's counts for the legend, skipping unreachable levels", () => {
    expect(heatRanges(10)).toEqual([
      { level: 0, min: 0, max: 0 },
      { level: 1, min: 1, max: 2 },
      { level: 2, min: 3, max: 5 },
      { level: 3, min: 6, max: 7 },
      { level: 4, min: 8, max: 10 },
    ]);
    expect(heatRanges(2)).toEqual([
      { level: 0, min: 0, max: 0 },
      { level: 2, min: 1, max: 1 },
      { level: 4, min: 2, max: 2 },
    ]);
    // Each range's counts really map to its level.
    for (const max of [1, 3, 7, 10, 37]) for (const r of heatRanges(max)) for (let c = r.min; c <= r.max; c++) expect(heatLevel(c, max)).toBe(r.level);
  });
});

describe("calendarGrid", () => {
  // Saturday 28 November 2026 in UTC.
  const today = localDateKey(new Date("2026-11-28T12:00:00Z"), "UTC");
  const days = [
    { date: "2026-11-28", count: 12 },
    { date: "2026-11-23", count: 3 },
    { date: "2025-01-01", count: 50 }, // outside the year shown
  ];

  it("lays out Monday-first weeks ending with today's week and leaves the future empty", () => {
    const grid = calendarGrid(days, today);
    expect(grid.weeks).toHaveLength(53);
    expect(grid.from).toBe("2025-11-24"); // a Monday, 52 weeks before the Monday of this week (23 Nov)
    expect(grid.weeks[0]![0]).toEqual({ date: "2025-11-24", count: 0, level: 0 });
    const last = grid.weeks[52]!;
    expect(last[0]).toEqual({ date: "2026-11-23", count: 3, level: 1 });
    expect(last[5]).toEqual({ date: "2026-11-28", count: 12, level: 4 });
    expect(last[6]).toBeNull(); // Sunday the 29th hasn't happened
    expect(grid).toMatchObject({ max: 12, total: 15, studiedDays: 2 });
  });

  it("labels the first week of each month, never two labels a column apart", () => {
    const grid = calendarGrid(days, today);
    // Nov 2025 would label week 0 and Dec week 1: only Dec is kept.
    expect(grid.months[0]).toEqual({ week: 1, label: "Dec" });
    expect(grid.months.map((m) => m.label.slice(0, 3))).toEqual(["Dec", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov"]);
    for (let i = 1; i < grid.months.length; i++) expect(grid.months[i]!.week - grid.months[i - 1]!.week).toBeGreaterThanOrEqual(3);
  });

  it("can show fewer weeks (for a phone)", () => {
    const grid = calendarGrid(days, today, 20);
    expect(grid.weeks).toHaveLength(20);
    expect(grid.total).toBe(15);
  });
});

describe("monthlyTotals", () => {
  it("sums reviews and studied days per month, empty months included", () => {
    const rows = [
      { date: "2026-09-30", count: 2 },
      { date: "2026-11-01", count: 4 },
      { date: "2026-11-02", count: 1 },
    ];
    expect(monthlyTotals(rows, "2026-09-15", "2026-11-28")).toEqual([
      { month: "2026-09", label: expect.stringMatching(/^Sep/), reviews: 2, days: 1 },
      { month: "2026-10", label: "Oct 2026", reviews: 0, days: 0 },
      { month: "2026-11", label: "Nov 2026", reviews: 5, days: 2 },
    ]);
  });
});
