import { describe, expect, it } from "vitest";
import { roundHalfEven } from "./round-half-even";

describe("roundHalfEven", () => {
  it("rounds ties to the even integer on both sides of zero", () => {
    expect([0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, -3.5].map(roundHalfEven)).toEqual([0, 2, 2, 4, 0, -2, -2, -4]);
  });

  it("rounds non-ties to the nearest integer and never returns −0", () => {
    expect([2.4, 2.6, -2.4, -2.6, 7].map(roundHalfEven)).toEqual([2, 3, -2, -3, 7]);
    expect(Object.is(roundHalfEven(-0.4), 0)).toBe(true);
    expect(Object.is(roundHalfEven(-0), 0)).toBe(true);
  });
});
