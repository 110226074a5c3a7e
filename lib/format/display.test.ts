import { describe, expect, it } from "vitest";
import { formatCount, formatDay, formatList, formatPercent, formatPercentFigure, formatShare, pluralize } from "./display";

describe("statistics formats", () => {
  it("groups thousands in counts, as en-GB does", () => {
    expect(formatCount(0)).toBe("0");
    expect(formatCount(1234567)).toBe("1,234,567");
    expect(formatCount(1234567)).toBe((1234567).toLocaleString("en-GB"));
  });

  it("joins a list as a sentence does", () => {
    expect(formatList(["2"])).toBe("2");
    expect(formatList(["2", "5"])).toBe("2 and 5");
    expect(formatList(["2", "3", "5"])).toBe("2, 3 and 5");
  });

  it("pluralizes with the grouped count", () => {
    expect(pluralize(1, "review")).toBe("1 review");
    expect(pluralize(12_000, "review")).toBe("12,000 reviews");
    expect(pluralize(2, "day", "days")).toBe("2 days");
  });

  it("prints shares to one decimal, or a dash without a whole", () => {
    expect(formatShare(7, 8)).toBe("87.5 %");
    expect(formatShare(1, 3)).toBe("33.3 %");
    expect(formatShare(0, 0)).toBe("—");
  });

  it("prints a calendar day without shifting it by a time zone", () => {
    expect(formatDay("2026-11-03")).toBe("3 Nov 2026");
  });
});

describe("percentages", () => {
  it("prints shares in whole percent and figures with their one decimal", () => {
    expect(formatPercent(2 / 3)).toBe("67 %");
    expect(formatPercent(null)).toBe("—");
    expect(formatPercentFigure(66.7)).toBe("66.7 %");
    expect(formatPercentFigure(50)).toBe("50 %");
  });
});
