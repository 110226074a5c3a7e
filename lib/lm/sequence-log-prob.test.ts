import { describe, expect, it } from "vitest";
import type { LmConfig } from "./config";
import { worstGradientMismatch } from "./gradient-check";
import { initParams, zeroGrads } from "./params";
import { sequenceLogProb } from "./sequence-log-prob";

const config: LmConfig = { vocabSize: 9, layers: 2, width: 8, heads: 2, context: 8, mlpHidden: 12, position: "rope", ropeBase: 10000, window: null, normEps: 1e-5 };
const sequence = [3, 1, 4, 1, 5, 2, 6];

describe("the log-probability of a continuation", () => {
  it("sums only the continuation's tokens, and its gradient matches central differences (prompt tokens get none)", () => {
    const params = initParams(config, 4, "float64");
    for (let i = 0; i < params.values.length; i++) params.values[i]! *= 4;
    const whole = sequenceLogProb(params, config, sequence, 1);
    const tail = sequenceLogProb(params, config, sequence, 4);
    expect(tail).toBeGreaterThan(whole); // fewer (negative) terms
    zeroGrads(params);
    sequenceLogProb(params, config, sequence, 4, -0.7);
    const analytic = params.grads.slice();
    const worst = worstGradientMismatch(params.values, analytic, () => 0.7 * sequenceLogProb(params, config, sequence, 4), Array.from({ length: 400 }, (_, i) => (i * 37) % params.values.length));
    expect(worst.relative).toBeLessThan(1e-6);
  });

  it("refuses a continuation that starts at the first token or past the end", () => {
    const params = initParams(config, 4);
    expect(() => sequenceLogProb(params, config, sequence, 0)).toThrow(/inside the sequence/);
    expect(() => sequenceLogProb(params, config, sequence, 7)).toThrow(/inside the sequence/);
  });
});
