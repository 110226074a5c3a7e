import type { LmConfig } from "./config";
import { backward, forward } from "./model";
import { allocate, type Floats, type LmParams } from "./params";

/**
 * Cross-entropy of each row of logits against its target, in nats, written to `losses`.
 * When `dLogits` is given it receives (softmax − onehot) · weight, the gradient of weight·Σ loss.
 */
export function crossEntropy(logits: Floats, targets: readonly number[], vocab: number, losses: Float64Array, dLogits?: Floats, weight = 1): void {
  for (let t = 0; t < targets.length; t++) {
    const o = t * vocab;
    let max = -Infinity;
    for (let i = 0; i < vocab; i++) if (logits[o + i]! > max) max = logits[o + i]!;
    let sum = 0;
    for (let i = 0; i < vocab; i++) sum += Math.exp(logits[o + i]! - max);
    const logSum = max + Math.log(sum);
    const target = targets[t]!;
    losses[t] = logSum - logits[o + target]!;
    if (dLogits) {
      for (let i = 0; i < vocab; i++) dLogits[o + i] = Math.exp(logits[o + i]! - logSum) * weight;
      dLogits[o + target]! -= weight;
    }
  }
}

/** Per-token losses of one sequence, no gradients: what evaluation and the labs need. */
export function sequenceLosses(params: LmParams, config: LmConfig, tokens: readonly number[], targets: readonly number[]): Float64Array {
  const { logits } = forward(params, config, tokens);
  const losses = new Float64Array(targets.length);
  crossEntropy(logits, targets, config.vocabSize, losses);
  return losses;
}

/**
 * Forward and backward for one sequence; gradients of weight · Σ_t loss_t are added to
 * params.grads (weight = 1/(batch tokens) gives the batch mean). Returns Σ_t loss_t.
 */
export function accumulateGradients(params: LmParams, config: LmConfig, tokens: readonly number[], targets: readonly number[], weight: number): number {
  if (targets.length !== tokens.length) throw new Error("one target per input token");
  const { logits, cache } = forward(params, config, tokens);
  const losses = new Float64Array(targets.length);
  const dLogits = allocate(params.dtype, logits.length);
  crossEntropy(logits, targets, config.vocabSize, losses, dLogits, weight);
  backward(params, config, cache, dLogits);
  let sum = 0;
  for (const l of losses) sum += l;
  return sum;
}
