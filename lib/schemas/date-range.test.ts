import { describe, expect, it } from "vitest";
import { lastDays, parseDateRange } from "./date-range";

const now = new Date("2026-05-20T22:30:00Z");

describe("parseDateRange", () => {
  it("defaults to the last 30 days, today included, in the viewer's zone", () => {
    // 22:30 UTC is already 21 May in Berlin (UTC+2 in summer).
    const result = parseDateRange({}, now, "Europe/Berlin");
    expect(result).toEqual({
      ok: true,
      range: {
        from: "2026-04-22",
        to: "2026-05-21",
        days: 30,
        start: new Date("2026-04-21T22:00:00Z"),
        end: new Date("2026-05-21T22:00:00Z"),
      },
    });
    expect(parseDateRange({ from: "", to: "" }, now, "UTC")).toMatchObject({ ok: true, range: { from: "2026-04-21", to: "2026-05-20" } });
  });

  it("spans whole days in the zone, both ends included", () => {
    const result = parseDateRange({ from: "2026-03-28", to: "2026-03-29" }, now, "Europe/Berlin");
    // Clocks went forward on 29 March: that day is 23 hours long.
    expect(result).toMatchObject({ ok: true, range: { days: 2, start: new Date("2026-03-27T23:00:00Z"), end: new Date("2026-03-29T22:00:00Z") } });
  });

  it("rejects reversed, too long and malformed periods with a reason", () => {
    expect(parseDateRange({ from: "2026-05-10", to: "2026-05-01" }, now, "UTC")).toEqual({ ok: false, field: "from", error: "The start date must be on or before the end date." });
    expect(parseDateRange({ from: "2025-01-01", to: "2026-01-02" }, now, "UTC")).toMatchObject({ ok: false, error: expect.stringContaining("at most 366 days") });
    expect(parseDateRange({ from: "2025-01-02", to: "2026-01-02" }, now, "UTC")).toMatchObject({ ok: true, range: { days: 366 } });
    expect(parseDateRange({ from: "2026-02-30", to: "2026-03-01" }, now, "UTC")).toMatchObject({ ok: false, field: "from", error: "The start date isn't a day in the calendar." });
    expect(parseDateRange({ to: "yesterday" }, now, "UTC")).toMatchObject({ ok: false, field: "to", error: expect.stringContaining("YYYY-MM-DD") });
  });

  it("falls back to UTC for an unknown zone", () => {
    expect(parseDateRange({ from: "2026-05-01", to: "2026-05-01" }, now, "Mars/Olympus")).toMatchObject({ ok: true, range: { start: new Date("2026-05-01T00:00:00Z") } });
  });
});

describe("lastDays", () => {
  it("ends today", () => {
    expect(lastDays(7, now, "UTC")).toEqual({ from: "2026-05-14", to: "2026-05-20" });
  });
});
