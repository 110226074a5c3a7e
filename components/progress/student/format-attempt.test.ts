import { describe, expect, it } from "vitest";
import { formatLocalDateTime } from "./format-attempt";

describe("formatLocalDateTime", () => {
  it("shows the instant in the student's zone", () => {
    const d = new Date("2026-11-27T23:30:00Z");
    expect(formatLocalDateTime(d, "Europe/Berlin")).toBe("28 Nov 2026, 00:30");
    expect(formatLocalDateTime(d, "UTC")).toBe("27 Nov 2026, 23:30");
  });
});
