import { describe, expect, it } from "vitest";
import type { LmConfig } from "./config";
import { generate, sampleToken } from "./generate";
import { initParams } from "./params";

const config: LmConfig = { vocabSize: 9, layers: 2, width: 8, heads: 4, context: 5, mlpHidden: 12, position: "rope", ropeBase: 10000, window: null, normEps: 1e-5 };

describe("generation", () => {
  const params = initParams(config, 3);
  for (let i = 0; i < params.values.length; i++) params.values[i]! *= 8; // init gives near-uniform logits; larger weights give varied distributions

  it("gives the same tokens for the same seed and settings, and other tokens for another seed", () => {
    const settings = { temperature: 1, topK: null, seed: 5 };
    const a = generate(params, config, [1, 2], 30, settings);
    expect(generate(params, config, [1, 2], 30, settings)).toEqual(a);
    expect(generate(params, config, [1, 2], 30, { ...settings, seed: 6 })).not.toEqual(a);
    expect(a.every((t) => t >= 0 && t < config.vocabSize)).toBe(true);
  });

  it("runs past the context by keeping only its last tokens", () => {
    expect(generate(params, config, [1, 2, 3, 4, 5, 6, 7], 3, { temperature: 0.8, topK: 3, seed: 1 })).toHaveLength(3);
  });

  it("temperature 0 takes the most likely token; top-k never draws outside the k most likely", () => {
    const logits = [0.1, 2, -1, 1.9, 0.5];
    expect(sampleToken(logits, { temperature: 0, topK: null }, 0.99)).toBe(1);
    for (let r = 0; r < 1; r += 0.01) expect([1, 3]).toContain(sampleToken(logits, { temperature: 5, topK: 2 }, r));
    expect(sampleToken(logits, { temperature: 1, topK: null }, 0.999999)).toBe(2);
  });
});
