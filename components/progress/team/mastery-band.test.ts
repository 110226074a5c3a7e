import { describe, expect, it } from "vitest";
import { formatPercent, masteryBand } from "./mastery-band";

describe("masteryBand", () => {
  it("puts each share in its band", () => {
    expect([0, 0.001, 0.24, 0.25, 0.5, 0.749, 0.75, 1].map((r) => masteryBand(r).label)).toEqual([
      "None yet",
      "Under 25 %",
      "Under 25 %",
      "25–49 %",
      "50–74 %",
      "50–74 %",
      "75 % or more",
      "75 % or more",
    ]);
    expect(masteryBand(null).label).toBe("No questions");
  });

  it("formats whole percentages", () => {
    expect(formatPercent(2 / 3)).toBe("67 %");
    expect(formatPercent(null)).toBe("—");
  });
});
