import { describe, expect, it } from "vitest";
import { formatNumber } from "./format";

describe("formatNumber", () => {
  it("groups whole numbers, rounds to significant digits and switches to scientific at the extremes", () => {
    expect(formatNumber(0)).toBe("0");
    expect(formatNumber(10_000)).toBe("10,000");
    expect(formatNumber(6.283185307)).toBe("6.283");
    expect(formatNumber(2_560_000.5)).toBe("2.560e+6");
    expect(formatNumber(0.0001)).toBe("1.000e-4");
  });
});
