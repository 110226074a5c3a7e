import { describe, expect, it } from "vitest";
import { makeRng } from "@/lib/labs/seeded-rng";
import type { LmConfig, PositionMode } from "./config";
import { worstGradientMismatch } from "./gradient-check";
import { accumulateGradients, sequenceLosses } from "./loss";
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
