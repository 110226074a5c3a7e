import { describe, expect, it } from "vitest";
import type { LmConfig } from "./config";
import { inputInfluence } from "./influence";
import { initParams } from "./params";

const config: LmConfig = { vocabSize: 13, layers: 3, width: 8, heads: 2, context: 16, mlpHidden: 12, position: "rope", ropeBase: 10000, window: 3, normEps: 1e-5 };
const tokens = [1, 5, 2, 7, 3, 9, 4, 11, 6, 8, 10, 12, 1, 2];

describe("input influence (the receptive field measured by gradients)", () => {
  it("reaches exactly depth·(w−1)+1 positions back under a window of w, counting the last token itself", () => {
    const params = initParams(config, 4);
    for (const depth of [1, 2, 3]) {
      const influence = inputInfluence(params, config, tokens, depth);
      const reached = [...influence].map((v) => v > 0);
      const field = depth * (config.window! - 1) + 1;
      expect(reached.filter(Boolean)).toHaveLength(field);
      reached.forEach((r, j) => expect(r).toBe(j >= tokens.length - field));
    }
  });

  it("reaches every earlier position under full attention, and leaves no parameter gradient behind", () => {
    const full = { ...config, window: null };
    const params = initParams(full, 4);
    const influence = inputInfluence(params, full, tokens, 1);
    expect([...influence].every((v) => v > 0)).toBe(true);
    expect(params.grads.every((g) => g === 0)).toBe(true);
  });
});
