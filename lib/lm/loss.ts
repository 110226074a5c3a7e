import type { LmConfig } from "./config";
import { backward, forward } from "./model";
import { crossEntropy } from "./cross-entropy";
import { allocate, type LmParams } from "./params";

/** Per-token losses of one sequence, no gradients: what evaluation and the labs need. */
export function sequenceLosses(params: LmParams, config: LmConfig, tokens: readonly number[], targets: readonly number[]): Float64Array {
  return forward(params, config, tokens, { targets }).losses!;
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
