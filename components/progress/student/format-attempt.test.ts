import { describe, expect, it } from "vitest";
import { formatDuration, formatLocalDateTime } from "./format-attempt";

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

describe("formatLocalDateTime", () => {
  it("shows the instant in the student's zone", () => {
    const d = new Date("2026-11-27T23:30:00Z");
    expect(formatLocalDateTime(d, "Europe/Berlin")).toBe("28 Nov 2026, 00:30");
    expect(formatLocalDateTime(d, "UTC")).toBe("27 Nov 2026, 23:30");
  });
});
