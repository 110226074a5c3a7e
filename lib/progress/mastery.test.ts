import { describe, expect, it } from "vitest";
import { masteryLabel, masteryLevel, MASTERY_LEVELS } from "./mastery";

describe("masteryLevel", () => {
  it("puts each share on the one scale: under 40 %, 40–79 %, 80 % and above", () => {
    expect([0.001, 0.39, 0.4, 0.79, 0.8, 1].map((r) => masteryLabel(masteryLevel(r)))).toEqual([
      "Under 40 %",
      "Under 40 %",
      "40–79 %",
      "40–79 %",
      "80 % and above",
      "80 % and above",
    ]);
  });

  it("is 'none yet' until something counts, and 'under 40 %' for a student who answered but mastered nothing", () => {
    expect(masteryLevel(0)).toBe("none");
    expect(masteryLevel(0, false)).toBe("none");
    expect(masteryLevel(0, true)).toBe("starting");
    expect(masteryLevel(0.9, false)).toBe("none");
  });

  it("lists every level once, strongest first", () => {
    expect(MASTERY_LEVELS.map((l) => l.level)).toEqual(["strong", "progressing", "starting", "none"]);
  });
});
