import { describe, expect, it } from "vitest";
import type { LmConfig } from "./config";
import { worstGradientMismatch } from "./gradient-check";
import { accumulateGradients } from "./loss";
import { adapterProjection, loraGradients, makeLora, mergeLora } from "./lora";
import { initParams, zeroGrads } from "./params";

const config: LmConfig = { vocabSize: 9, layers: 2, width: 8, heads: 2, context: 6, mlpHidden: 12, position: "rope", ropeBase: 10000, window: null, normEps: 1e-5 };
const tokens = [1, 4, 2, 8, 5, 3];
const targets = [4, 2, 8, 5, 3, 7];

describe("LoRA on the course model", () => {
  it("starts at the frozen model (B = 0) and counts r(d + k) trainable values per matrix", () => {
    const params = initParams(config, 1, "float64");
    const before = params.values.slice();
    const lora = makeLora(params, ["wq", "wv", "wUp"], 2, 4, 3);
    mergeLora(params, lora);
    expect(params.values).toEqual(before);
    // 2 layers × (wq 8×8, wv 8×8, w_up 12×8): r(d + k) each
    expect(lora.values.length).toBe(2 * (2 * (8 + 8) + 2 * (8 + 8) + 2 * (12 + 8)));
  });

  it("gets dA = (α/r)·Bᵀ·dW and dB = (α/r)·dW·Aᵀ right, against central differences", () => {
    const params = initParams(config, 2, "float64");
    const lora = makeLora(params, ["wq", "wk", "wv", "wo", "wGate", "wUp", "wDown"], 3, 6, 5);
    for (let i = 0; i < lora.values.length; i++) lora.values[i] = Math.sin(i * 0.37) * 0.3; // B ≠ 0, so dA ≠ 0
    const loss = () => {
      mergeLora(params, lora);
      zeroGrads(params);
      return accumulateGradients(params, config, tokens, targets, 1 / tokens.length) / tokens.length;
    };
    loss();
    loraGradients(params, lora);
    const analytic = lora.grads.slice();
    const worst = worstGradientMismatch(lora.values, analytic, loss);
    expect(worst.relative, JSON.stringify(worst)).toBeLessThan(1e-6);
  });

  it("gives the same projection through the adapter path as through the merged matrix", () => {
    const params = initParams(config, 3, "float64");
    const lora = makeLora(params, ["wv"], 2, 2, 9);
    for (let i = 0; i < lora.values.length; i++) lora.values[i] = Math.cos(i) * 0.2;
    mergeLora(params, lora);
    const ad = lora.adapters[1]!;
    const x = Array.from({ length: 8 }, (_, i) => Math.sin(i + 1));
    const viaAdapter = adapterProjection(ad, lora.scale, lora.rank, x);
    const w = params.layers[1]!.wv.value;
    for (let i = 0; i < 8; i++) {
      let merged = 0;
      for (let j = 0; j < 8; j++) merged += w[i * 8 + j]! * x[j]!;
      expect(Math.abs(merged - viaAdapter[i]!)).toBeLessThan(1e-12);
    }
  });
});
