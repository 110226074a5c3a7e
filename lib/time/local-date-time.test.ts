import { describe, expect, it } from "vitest";
import { instantFromLocal, localFromInstant } from "./local-date-time";

describe("datetime-local in an account zone", () => {
  it("reads a wall-clock time in the zone, across daylight saving", () => {
    expect(instantFromLocal("2026-12-07T09:00", "Europe/Berlin")).toEqual(new Date("2026-12-07T08:00:00Z"));
    expect(instantFromLocal("2026-07-07T09:00", "Europe/Berlin")).toEqual(new Date("2026-07-07T07:00:00Z"));
    expect(instantFromLocal("2026-12-07T09:00", "America/New_York")).toEqual(new Date("2026-12-07T14:00:00Z"));
    expect(instantFromLocal("2026-12-07T09:00", "UTC")).toEqual(new Date("2026-12-07T09:00:00Z"));
  });
  it("refuses what isn't a date and time", () => {
    expect(instantFromLocal("2026-02-31T09:00", "UTC")).toBeNull();
    expect(instantFromLocal("2026-12-07 09:00", "UTC")).toBeNull();
    expect(instantFromLocal("2026-12-07T24:00", "UTC")).toBeNull();
    expect(instantFromLocal("", "UTC")).toBeNull();
  });
  it("writes an instant back as the zone's wall clock (round trip)", () => {
    expect(localFromInstant(new Date("2026-12-07T08:00:00Z"), "Europe/Berlin")).toBe("2026-12-07T09:00");
    for (const local of ["2026-03-29T01:30", "2026-10-25T12:00", "2027-01-01T00:00"]) {
      expect(localFromInstant(instantFromLocal(local, "Europe/Berlin")!, "Europe/Berlin")).toBe(local);
    }
  });
});
