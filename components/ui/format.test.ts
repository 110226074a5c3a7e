import { describe, expect, it } from "vitest";
import { formatDateTimeIn, formatDuration, zonedFormat } from "./format";

describe("formatDateTimeIn", () => {
  it("shows the time in the given zone, named", () => {
    const d = new Date("2026-11-28T17:40:00Z");
    expect(formatDateTimeIn(d, "Europe/Berlin")).toBe("28 Nov 2026, 18:40 CET");
    expect(formatDateTimeIn(d, "UTC")).toBe("28 Nov 2026, 17:40 UTC");
    // Again from the cached formatter, and a summer time in the same zone.
    expect(formatDateTimeIn(d, "Europe/Berlin")).toBe("28 Nov 2026, 18:40 CET");
    expect(formatDateTimeIn(new Date("2026-07-01T17:40:00Z"), "Europe/Berlin")).toBe("1 Jul 2026, 19:40 CEST");
  });

  it("falls back to UTC for a zone the runtime doesn't know, without caching it", () => {
    expect(formatDateTimeIn(new Date("2026-11-28T17:40:00Z"), "Mars/Olympus")).toBe("28 Nov 2026, 17:40 UTC");
    expect(() => zonedFormat("h23", "Mars/Olympus")).toThrow(RangeError);
  });
});

describe("formatDuration", () => {
  it("uses the largest sensible units", () => {
    expect(formatDuration(null)).toBe("—");
    expect(formatDuration(45)).toBe("45 s");
    expect(formatDuration(500)).toBe("8 min 20 s");
    expect(formatDuration(600)).toBe("10 min");
    expect(formatDuration(3900)).toBe("1 h 5 min");
    expect(formatDuration(7200)).toBe("2 h");
  });
});
