import { visible } from "./attention";
import type { LmConfig } from "./config";
import { linearForward } from "./linear";
import { allocate, type Floats, type LmParams } from "./params";
import { rmsNormForward } from "./rms-norm";
import { applyRope } from "./rope";
import { swigluForward } from "./swiglu";

/**
 * Token-by-token decoding with a key/value cache: each step computes one new position and reads
 * the keys and values of earlier ones from the cache instead of recomputing them. Under a sliding
 * window the cache is a rolling buffer of `window` slots per layer (Mistral 7B's rolling buffer:
 * position p lives in slot p mod w), since no later query can see a key w or more positions back;
 * under full attention it holds every position up to the context.
 */
export type Decoder = {
  /** Feeds the next token; returns the logits (vocab) predicting the token after it. */
  step(token: number): Floats;
  /** Positions fed so far. */
  readonly position: number;
  /** Bytes held by the cache: K and V for every layer and slot, float32. */
  readonly cacheBytes: number;
  /** Slots per layer: min(window, context), or the context under full attention. */
  readonly slots: number;
};

export function makeDecoder(params: LmParams, config: LmConfig): Decoder {
  const { width: d, heads, mlpHidden: hid, vocabSize: V, normEps: eps, context, window } = config;
  const hd = d / heads;
  const scale = 1 / Math.sqrt(hd);
  const slots = window === null ? context : Math.min(window, context);
  const alloc = (n: number) => allocate(params.dtype, n);
  const keys = params.layers.map(() => new Float32Array(slots * d));
  const values = params.layers.map(() => new Float32Array(slots * d));
  const x = alloc(d);
  const n = alloc(d);
  const inv = alloc(1);
  const q = alloc(d);
  const k = alloc(d);
  const v = alloc(d);
  const att = alloc(d);
  const o = alloc(d);
  const a = alloc(hid);
  const b = alloc(hid);
  const h = alloc(hid);
  const down = alloc(d);
  const logits = alloc(V);
  // Same element type as the full forward pass keeps its scores in, so both round alike.
  const scores = alloc(slots);
  let position = 0;

  function step(token: number): Floats {
    if (!Number.isInteger(token) || token < 0 || token >= V) throw new Error(`token id ${token} is outside the vocabulary`);
    // Positions are absolute (RoPE angles, learned rows), so even a rolling buffer stops at the context.
    if (position >= context) throw new Error(`the decoder is full: ${context} positions`);
    const p = position;
    const E = params.tokenEmbedding.value;
    for (let c = 0; c < d; c++) x[c] = E[token * d + c]!;
    if (params.positionEmbedding) for (let c = 0; c < d; c++) x[c]! += params.positionEmbedding.value[p * d + c]!;
    const slot = p % slots;
    params.layers.forEach((lp, l) => {
      rmsNormForward(x, lp.attnNorm.value, n, inv, 1, d, eps);
      linearForward(n, lp.wq.value, q, 1, d, d);
      linearForward(n, lp.wk.value, k, 1, d, d);
      linearForward(n, lp.wv.value, v, 1, d, d);
      if (config.position === "rope") {
        applyRope(q, 1, d, heads, config.ropeBase, 1, config.ropeScale, p);
        applyRope(k, 1, d, heads, config.ropeBase, 1, config.ropeScale, p);
      }
      const K = keys[l]!;
      const Vc = values[l]!;
      K.set(k, slot * d);
      Vc.set(v, slot * d);
      att.fill(0);
      const first = Math.max(0, p - slots + 1);
      for (let hh = 0; hh < heads; hh++) {
        const ho = hh * hd;
        let max = -Infinity;
        for (let j = first; j <= p; j++) {
          if (!visible(p, j, window)) continue;
          const so = (j % slots) * d + ho;
          let s = 0;
          for (let c = 0; c < hd; c++) s += q[ho + c]! * K[so + c]!;
          s *= scale;
          scores[j - first] = s;
          if (s > max) max = s;
        }
        let sum = 0;
        for (let j = first; j <= p; j++) {
          if (!visible(p, j, window)) continue;
          const e = Math.exp(scores[j - first]! - max);
          scores[j - first] = e;
          sum += e;
        }
        for (let j = first; j <= p; j++) {
          if (!visible(p, j, window)) continue;
          const w = scores[j - first]! / sum;
          const so = (j % slots) * d + ho;
          for (let c = 0; c < hd; c++) att[ho + c]! += w * Vc[so + c]!;
        }
      }
      linearForward(att, lp.wo.value, o, 1, d, d);
      for (let c = 0; c < d; c++) x[c]! += o[c]!;
      rmsNormForward(x, lp.mlpNorm.value, n, inv, 1, d, eps);
      linearForward(n, lp.wGate.value, a, 1, d, hid);
      linearForward(n, lp.wUp.value, b, 1, d, hid);
      swigluForward(a, b, h);
      linearForward(h, lp.wDown.value, down, 1, hid, d);
      for (let c = 0; c < d; c++) x[c]! += down[c]!;
    });
    rmsNormForward(x, params.finalNorm.value, n, inv, 1, d, eps);
    linearForward(n, E, logits, 1, d, V);
    position += 1;
    return logits;
  }

  return {
    step,
    get position() {
      return position;
    },
    cacheBytes: [...keys, ...values].reduce((sum, buffer) => sum + buffer.byteLength, 0),
    slots,
  };
}
