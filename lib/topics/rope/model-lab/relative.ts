import type { LoadedModel } from "@/lib/lm/loaded-model";
import { linearForward } from "@/lib/lm/linear";
import { rmsNormForward } from "@/lib/lm/rms-norm";
import { applyRope } from "@/lib/lm/rope";
import { UNKNOWN_ID } from "@/lib/lm/tokenizer";

/**
 * The first layer's attention score between a query made from character A at position m and a key
 * made from character B at position n, in head `head`: exactly what the model computes there
 * (RMSNorm of the input, the layer's W_q and W_k, RoPE when the model uses it, ÷ √head width).
 * In layer 1 the input is the token embedding, plus the position's row under learned positions.
 */
export function firstLayerScore(model: LoadedModel, a: number, b: number, m: number, n: number, head: number): number {
  const { config } = model.manifest;
  const { params } = model;
  const d = config.width;
  const hd = d / config.heads;
  const layer = params.layers[0]!;
  const project = (token: number, position: number, w: Float32Array | Float64Array) => {
    const x = new Float64Array(d);
    for (let c = 0; c < d; c++) x[c] = params.tokenEmbedding.value[token * d + c]!;
    if (params.positionEmbedding) for (let c = 0; c < d; c++) x[c]! += params.positionEmbedding.value[position * d + c]!;
    const normed = new Float64Array(d);
    rmsNormForward(x, layer.attnNorm.value, normed, new Float64Array(1), 1, d, config.normEps);
    const out = new Float64Array(d);
    linearForward(normed, w, out, 1, d, d);
    if (config.position === "rope") applyRope(out, 1, d, config.heads, config.ropeBase, 1, config.ropeScale, position);
    return out;
  };
  const q = project(a, m, layer.wq.value);
  const k = project(b, n, layer.wk.value);
  let s = 0;
  for (let c = head * hd; c < (head + 1) * hd; c++) s += q[c]! * k[c]!;
  return s / Math.sqrt(hd);
}

export type RelativeCheck = {
  pair: [string, string];
  offset: number;
  /** Score at (m, n) = (n + offset, n) for n = 0 … 127 − offset: RoPE's is one number repeated. */
  byPosition: { n: number; rope: number; learned: number }[];
  /** Largest minus smallest score over the positions, per model. */
  ropeSpread: number;
  learnedSpread: number;
  /** RoPE's score against the offset m − n = 0 … 64 (at n = 0): it does depend on the offset. */
  byOffset: { offset: number; rope: number }[];
};

export function relativeCheck(rope: LoadedModel, learned: LoadedModel, pair: string, offset: number, context: number): RelativeCheck {
  const [ca, cb] = Array.from(pair) as [string, string];
  const [a, b] = rope.tokenizer.encode(ca + cb) as [number, number];
  if (a === UNKNOWN_ID || b === UNKNOWN_ID) throw new Error(`“${a === UNKNOWN_ID ? ca : cb}” is not in the model's vocabulary: choose characters from the course's text.`);
  const byPosition = Array.from({ length: context - offset }, (_, n) => ({ n, rope: firstLayerScore(rope, a, b, n + offset, n, 0), learned: firstLayerScore(learned, a, b, n + offset, n, 0) }));
  const spread = (values: number[]) => Math.max(...values) - Math.min(...values);
  return {
    pair: [ca, cb],
    offset,
    byPosition,
    ropeSpread: spread(byPosition.map((p) => p.rope)),
    learnedSpread: spread(byPosition.map((p) => p.learned)),
    byOffset: Array.from({ length: 65 }, (_, o) => ({ offset: o, rope: firstLayerScore(rope, a, b, o, 0, 0) })),
  };
}
