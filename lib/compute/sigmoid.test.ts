import { describe, expect, it } from "vitest";
import { sigmoid, softplus } from "./sigmoid";

describe("sigmoid and softplus", () => {
  it("match the textbook formulas for moderate inputs", () => {
    for (const x of [-5, -1, 0, 0.3, 4]) {
      expect(sigmoid(x)).toBeCloseTo(1 / (1 + Math.exp(-x)), 14);
      expect(softplus(x)).toBeCloseTo(Math.log(1 + Math.exp(x)), 14);
    }
  });

  it("stay finite where the textbook formulas overflow", () => {
    expect(sigmoid(-1000)).toBe(0);
    expect(sigmoid(1000)).toBe(1);
    expect(softplus(1000)).toBe(1000);
    expect(softplus(-1000)).toBe(0);
  });
});
