import { describe, expect, it } from "vitest";
import { makeRng } from "@/lib/labs/seeded-rng";
import { attentionBackward, attentionForward } from "./attention";
import { worstGradientMismatch } from "./gradient-check";
import { linearBackward, linearForward } from "./linear";
import { crossEntropy } from "./cross-entropy";
import { rmsNormBackward, rmsNormForward } from "./rms-norm";
import { applyRope } from "./rope";
import { swigluBackward, swigluForward } from "./swiglu";

/**
 * Each layer alone, in float64, under the loss Σ r ⊙ y for a fixed random r: its gradient with
 * respect to the output is r, so the backward pass is checked without the rest of the model.
 */
const rng = makeRng(42);
const random = (n: number, scale = 1) => Float64Array.from({ length: n }, () => scale * rng.normal());
const dot = (a: Float64Array, b: Float64Array) => a.reduce((s, x, i) => s + x * b[i]!, 0);
const TOLERANCE = 1e-6;

describe("layer gradients against central differences (float64)", () => {
  it("linear: ∂/∂x and ∂/∂W, including a width not divisible by four", () => {
    const [T, n, m] = [5, 6, 7];
    const x = random(T * n);
    const w = random(m * n);
    const r = random(T * m);
    const loss = () => {
      const y = new Float64Array(T * m);
      linearForward(x, w, y, T, n, m);
      return dot(y, r);
    };
    const dx = new Float64Array(T * n);
    const dw = new Float64Array(m * n);
    linearBackward(x, w, r, dx, dw, T, n, m);
    expect(worstGradientMismatch(x, dx, loss).relative).toBeLessThan(TOLERANCE);
    expect(worstGradientMismatch(w, dw, loss).relative).toBeLessThan(TOLERANCE);
  });

  it("RMSNorm: ∂/∂x and ∂/∂gain", () => {
    const [T, n] = [3, 8];
    const x = random(T * n);
    const gain = random(n);
    const r = random(T * n);
    const loss = () => {
      const y = new Float64Array(T * n);
      rmsNormForward(x, gain, y, new Float64Array(T), T, n, 1e-5);
      return dot(y, r);
    };
    const y = new Float64Array(T * n);
    const inv = new Float64Array(T);
    rmsNormForward(x, gain, y, inv, T, n, 1e-5);
    const dx = new Float64Array(T * n);
    const dGain = new Float64Array(n);
    rmsNormBackward(x, gain, inv, r, dx, dGain, T, n);
    expect(worstGradientMismatch(x, dx, loss).relative).toBeLessThan(TOLERANCE);
    expect(worstGradientMismatch(gain, dGain, loss).relative).toBeLessThan(TOLERANCE);
  });

  it("SwiGLU MLP: ∂/∂x, ∂/∂W_gate, ∂/∂W_up and ∂/∂W_down", () => {
    const [T, d, h] = [3, 4, 6];
    const x = random(T * d);
    const wg = random(h * d);
    const wu = random(h * d);
    const wd = random(d * h);
    const r = random(T * d);
    const run = () => {
      const a = new Float64Array(T * h);
      const b = new Float64Array(T * h);
      const hh = new Float64Array(T * h);
      const y = new Float64Array(T * d);
      linearForward(x, wg, a, T, d, h);
      linearForward(x, wu, b, T, d, h);
      swigluForward(a, b, hh);
      linearForward(hh, wd, y, T, h, d);
      return { a, b, hh, y };
    };
    const loss = () => dot(run().y, r);
    const { a, b, hh } = run();
    const [dx, dwg, dwu, dwd] = [new Float64Array(T * d), new Float64Array(h * d), new Float64Array(h * d), new Float64Array(d * h)];
    const dh = new Float64Array(T * h);
    linearBackward(hh, wd, r, dh, dwd, T, h, d);
    const da = new Float64Array(T * h);
    const db = new Float64Array(T * h);
    swigluBackward(a, b, dh, da, db);
    linearBackward(x, wg, da, dx, dwg, T, d, h);
    linearBackward(x, wu, db, dx, dwu, T, d, h);
    for (const [p, g] of [[x, dx], [wg, dwg], [wu, dwu], [wd, dwd]] as const) expect(worstGradientMismatch(p, g, loss).relative).toBeLessThan(TOLERANCE);
  });

  it("LM head (tied embedding) with cross-entropy: ∂/∂h and ∂/∂E", () => {
    const [T, d, V] = [4, 5, 9];
    const h = random(T * d);
    const E = random(V * d);
    const targets = [2, 0, 8, 5];
    const loss = () => {
      const logits = new Float64Array(T * V);
      linearForward(h, E, logits, T, d, V);
      const losses = new Float64Array(T);
      crossEntropy(logits, targets, V, losses);
      return losses.reduce((s, l) => s + l, 0) / T;
    };
    const logits = new Float64Array(T * V);
    linearForward(h, E, logits, T, d, V);
    const dLogits = new Float64Array(T * V);
    crossEntropy(logits, targets, V, new Float64Array(T), dLogits, 1 / T);
    const dh = new Float64Array(T * d);
    const dE = new Float64Array(V * d);
    linearBackward(h, E, dLogits, dh, dE, T, d, V);
    expect(worstGradientMismatch(h, dh, loss).relative).toBeLessThan(TOLERANCE);
    expect(worstGradientMismatch(E, dE, loss).relative).toBeLessThan(TOLERANCE);
  });

  const attentionCases: [string, boolean, number | null][] = [
    ["RoPE, full causal", true, null],
    ["RoPE, window 3", true, 3],
    ["no rotation (learned or no positions), full causal", false, null],
    ["no rotation, window 2", false, 2],
    ["no rotation, window 1 (each token sees only itself)", false, 1],
  ];
  it.each(attentionCases)("attention, %s: ∂/∂q, ∂/∂k, ∂/∂v before rotation", (_, rope, window) => {
    const [T, d, heads] = [6, 8, 2];
    const q = random(T * d);
    const k = random(T * d);
    const v = random(T * d);
    const r = random(T * d);
    const run = () => {
      const [qr, kr] = [Float64Array.from(q), Float64Array.from(k)];
      if (rope) {
        applyRope(qr, T, d, heads, 10, 1);
        applyRope(kr, T, d, heads, 10, 1);
      }
      const out = new Float64Array(T * d);
      const probs = new Float64Array(heads * T * T);
      attentionForward(qr, kr, v, out, probs, T, d, heads, window);
      return { qr, kr, out, probs };
    };
    const loss = () => dot(run().out, r);
    const { qr, kr, probs } = run();
    const [dq, dk, dv] = [new Float64Array(T * d), new Float64Array(T * d), new Float64Array(T * d)];
    attentionBackward(qr, kr, v, probs, r, dq, dk, dv, new Float64Array(T), T, d, heads, window);
    if (rope) {
      applyRope(dq, T, d, heads, 10, -1);
      applyRope(dk, T, d, heads, 10, -1);
    }
    for (const [p, g] of [[q, dq], [k, dk], [v, dv]] as const) expect(worstGradientMismatch(p, g, loss).relative).toBeLessThan(TOLERANCE);
  });
});
