import type { LmConfig } from "./config";
import { backward, forward } from "./model";
import { allocate, zeroGrads, type LmParams } from "./params";

/**
 * How strongly each input position moves the model's prediction at the last position, after the
 * first `depth` layers only: the norm of ∂(Σ logits at the last position, weighted by a fixed
 * ±1 pattern)/∂(input embedding of position j). Attention outside a sliding window has weight
 * exactly 0, and every other operation works row by row, so positions beyond the receptive field
 * get exactly 0: the receptive field measured on the model itself, layer by layer.
 */
export function inputInfluence(params: LmParams, config: LmConfig, tokens: readonly number[], depth: number): Float64Array {
  if (!Number.isInteger(depth) || depth < 1 || depth > config.layers) throw new Error(`depth must be 1..${config.layers}, got ${depth}`);
  // The first `depth` blocks, then the final norm and head: the same weights, a shallower stack.
  const shallow: LmParams = { ...params, layers: params.layers.slice(0, depth) };
  const shallowConfig: LmConfig = { ...config, layers: depth };
  const T = tokens.length;
  const V = config.vocabSize;
  const { logits, cache } = forward(shallow, shallowConfig, tokens);
  const dLogits = allocate(params.dtype, logits.length);
  for (let v = 0; v < V; v++) dLogits[(T - 1) * V + v] = v % 2 === 0 ? 1 : -1;
  const dx = backward(shallow, shallowConfig, cache, dLogits);
  // The pass above accumulated parameter gradients nobody asked for.
  zeroGrads(params);
  const d = config.width;
  const out = new Float64Array(T);
  for (let t = 0; t < T; t++) {
    let s = 0;
    for (let c = 0; c < d; c++) s += dx[t * d + c]! * dx[t * d + c]!;
    out[t] = Math.sqrt(s);
  }
  return out;
}
