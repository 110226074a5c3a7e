import { describe, expect, it } from "vitest";
import { POSITION_MODES, type LmConfig } from "./config";
import { makeDecoder } from "./decoder";
import { generate, sampleToken } from "./generate";
import { mulberry32 } from "@/lib/random/seeded-random";
import { forward } from "./model";
import { initParams, type LmParams } from "./params";

const base: LmConfig = { vocabSize: 11, layers: 2, width: 8, heads: 2, context: 9, mlpHidden: 12, position: "rope", ropeBase: 10000, window: null, normEps: 1e-5 };
const tokens = [3, 1, 4, 1, 5, 9, 2, 6, 5];

function varied(config: LmConfig): LmParams {
  const params = initParams(config, 7);
  for (let i = 0; i < params.values.length; i++) params.values[i]! *= 8;
  return params;
}

describe("the key/value-cache decoder", () => {
  for (const position of POSITION_MODES) {
    for (const window of [null, 3, 1]) {
      it(`gives the full forward pass's logits at every position (${position}, window ${window ?? "full"})`, () => {
        const config = { ...base, position, window };
        const params = varied(config);
        const full = forward(params, config, tokens).logits;
        const decoder = makeDecoder(params, config);
        tokens.forEach((t, p) => {
          const step = decoder.step(t);
          for (let v = 0; v < config.vocabSize; v++) expect(Math.abs(step[v]! - full[p * config.vocabSize + v]!)).toBeLessThan(1e-5);
        });
      });
    }
  }

  it("with Position Interpolation, matches the forward pass at the same scale", () => {
    const config = { ...base, ropeScale: 2 };
    const params = varied(config);
    const full = forward(params, config, tokens).logits;
    const decoder = makeDecoder(params, config);
    let last!: ArrayLike<number>;
    for (const t of tokens) last = decoder.step(t);
    for (let v = 0; v < config.vocabSize; v++) expect(Math.abs(last[v]! - full[(tokens.length - 1) * config.vocabSize + v]!)).toBeLessThan(1e-5);
  });

  it("keeps a rolling buffer of w slots under a window, and every position under full attention", () => {
    const windowed = makeDecoder(varied({ ...base, window: 3 }), { ...base, window: 3 });
    const full = makeDecoder(varied(base), base);
    // 2 (K and V) × layers × slots × width × 4 bytes
    expect(windowed.slots).toBe(3);
    expect(windowed.cacheBytes).toBe(2 * 2 * 3 * 8 * 4);
    expect(full.slots).toBe(9);
    expect(full.cacheBytes).toBe(2 * 2 * 9 * 8 * 4);
  });

  it("refuses a position past the context and a token outside the vocabulary", () => {
    const decoder = makeDecoder(varied(base), base);
    expect(() => decoder.step(11)).toThrow(/outside the vocabulary/);
    for (const t of tokens) decoder.step(t);
    expect(() => decoder.step(1)).toThrow(/decoder is full/);
  });

  it("lets generation draw the same tokens as rerunning the whole model at every step, past the context too", () => {
    const params = varied(base);
    const settings = { temperature: 0.9, topK: 5, seed: 12 };
    const naive = (prompt: number[], count: number) => {
      const random = mulberry32(settings.seed);
      const out = [...prompt];
      for (let s = 0; s < count; s++) {
        const window = out.slice(-base.context);
        const { logits } = forward(params, base, window);
        out.push(sampleToken(logits.subarray((window.length - 1) * base.vocabSize, window.length * base.vocabSize), settings, random()));
      }
      return out.slice(prompt.length);
    };
    expect(generate(params, base, [2, 7], 20, settings)).toEqual(naive([2, 7], 20));
    expect(generate(params, base, tokens, 4, settings)).toEqual(naive(tokens, 4));
  });
});
