import { describe, expect, it } from "vitest";
import { makeRng } from "@/lib/labs/seeded-rng";
import type { LmConfig, PositionMode } from "./config";
import { worstGradientMismatch } from "./gradient-check";
import { accumulateGradients, sequenceLosses } from "./loss";
import { forward } from "./model";
import { initParams, zeroGrads, type LmParams } from "./params";

/** Two layers, four heads of width 2, a vocabulary of 7: every path of the real model, small enough to difference. */
function tinyConfig(position: PositionMode, window: number | null): LmConfig {
  return { vocabSize: 7, layers: 2, width: 8, heads: 4, context: 6, mlpHidden: 12, position, ropeBase: 10, window, normEps: 1e-5 };
}

/** Init's small weights make attention nearly uniform; larger random values exercise every term. */
function randomised(config: LmConfig, seed: number): LmParams {
  const params = initParams(config, seed, "float64");
  const rng = makeRng(seed + 1);
  for (let i = 0; i < params.values.length; i++) params.values[i] = 0.5 * rng.normal();
  for (const t of params.tensors) if (t.rows === 1) for (let i = 0; i < t.value.length; i++) t.value[i] = 1 + 0.3 * rng.normal();
  return params;
}

const tokens = [3, 1, 4, 1, 5, 0];
const targets = [1, 4, 1, 5, 0, 2];

function meanLoss(params: LmParams, config: LmConfig): number {
  return sequenceLosses(params, config, tokens, targets).reduce((a, b) => a + b, 0) / targets.length;
}

describe("the whole model's loss against central differences (float64)", () => {
  const cases: [PositionMode, number | null][] = [
    ["rope", null],
    ["learned", null],
    ["none", null],
    ["rope", 2],
    ["learned", 3],
    ["none", 1],
  ];
  it.each(cases)("position %s, window %s: every parameter", (position, window) => {
    const config = tinyConfig(position, window);
    const params = randomised(config, 5);
    zeroGrads(params);
    accumulateGradients(params, config, tokens, targets, 1 / targets.length);
    const worst = worstGradientMismatch(params.values, Float64Array.from(params.grads), () => meanLoss(params, config));
    expect(worst.relative, JSON.stringify(worst)).toBeLessThan(1e-6);
  });
});

describe("embeddings", () => {
  it("token rows (tied with the head) and learned position rows: ∂loss/∂E and ∂loss/∂P", () => {
    const config = tinyConfig("learned", null);
    const params = randomised(config, 9);
    zeroGrads(params);
    accumulateGradients(params, config, tokens, targets, 1 / targets.length);
    const analytic = Float64Array.from(params.grads);
    for (const tensor of [params.tokenEmbedding, params.positionEmbedding!]) {
      const indices = Array.from({ length: tensor.value.length }, (_, i) => tensor.offset + i);
      const worst = worstGradientMismatch(params.values, analytic, () => meanLoss(params, config), indices);
      expect(worst.relative, `${tensor.name}: ${JSON.stringify(worst)}`).toBeLessThan(1e-6);
    }
    // Row 6 is never an input but still a logit, so only the head's share reaches it.
    expect(params.tokenEmbedding.grad.subarray(6 * 8, 7 * 8).some((g) => g !== 0)).toBe(true);
  });
});

describe("attention maps", () => {
  it.each([null, 1, 3])("window %s: rows sum to 1 and a key is visible exactly when 0 <= i − j < w", (window) => {
    const config = { ...tinyConfig("rope", window), context: 6 };
    const params = randomised(config, 3);
    const { attention } = forward(params, config, tokens, { attentionMaps: true });
    expect(attention).toHaveLength(config.layers);
    const T = tokens.length;
    for (const probs of attention!) {
      for (let h = 0; h < config.heads; h++) {
        for (let i = 0; i < T; i++) {
          let sum = 0;
          for (let j = 0; j < T; j++) {
            const p = probs[h * T * T + i * T + j]!;
            const seen = i - j >= 0 && (window === null || i - j < window);
            expect(p > 0, `head ${h}, query ${i}, key ${j}`).toBe(seen);
            sum += p;
          }
          expect(sum).toBeCloseTo(1, 12);
        }
      }
    }
  });
});
