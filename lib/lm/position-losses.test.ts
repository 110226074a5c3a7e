import { describe, expect, it } from "vitest";
import type { LmConfig } from "./config";
import { evaluate } from "./evaluate";
import { positionLosses } from "./position-losses";
import { initParams } from "./params";

const config: LmConfig = { vocabSize: 7, layers: 1, width: 8, heads: 2, context: 6, mlpHidden: 8, position: "rope", ropeBase: 10000, window: null, normEps: 1e-5 };
const tokens = Array.from({ length: 25 }, (_, i) => (i * 3) % 7);

describe("loss by position", () => {
  const params = initParams(config, 2);

  it("averages full windows only and agrees with evaluate() when the windows are the same", () => {
    // 25 tokens: 4 windows of 6 inputs (the 25th token is the last target).
    const result = positionLosses(params, config, tokens, 6);
    expect(result.windows).toBe(4);
    expect(result.byPosition).toHaveLength(6);
    const reference = evaluate(params, config, tokens);
    expect(Math.abs(Math.log(result.perplexity) - reference.meanLoss)).toBeLessThan(1e-6);
  });

  it("runs past the training context with RoPE or none, and refuses learned positions there", () => {
    expect(positionLosses(params, config, tokens, 12).byPosition).toHaveLength(12);
    const learned = { ...config, position: "learned" as const };
    expect(() => positionLosses(initParams(learned, 2), learned, tokens, 12)).toThrow(/learned positions stop at 6/);
  });
});
