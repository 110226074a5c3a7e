import { describe, expect, it } from "vitest";
import { masteryBand } from "./mastery-band";

describe("masteryBand", () => {
  it("puts each share in its band of the one mastery scale", () => {
    expect([0, 0.001, 0.39, 0.4, 0.79, 0.8, 1].map((r) => masteryBand(r).label)).toEqual([
      "None yet",
      "Under 40 %",
      "Under 40 %",
      "40–79 %",
      "40–79 %",
      "80 % and above",
      "80 % and above",
    ]);
    expect(masteryBand(null).label).toBe("No questions");
  });
});
