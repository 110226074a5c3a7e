import type { LmConfig } from "./config";
import { crossEntropy } from "./cross-entropy";
import { backward, forward } from "./model";
import { allocate, type LmParams } from "./params";

/**
 * log π(continuation | prompt): the sum of the log-probabilities of the tokens of `sequence` from
 * index `from` on, each predicted from everything before it. With `weight`, also adds
 * weight · ∂(−log π)/∂θ to params.grads (weight < 0 raises log π): what policy-gradient and DPO
 * updates are made of. The prompt's own tokens get no gradient.
 */
export function sequenceLogProb(params: LmParams, config: LmConfig, sequence: readonly number[], from: number, weight?: number): number {
  if (from < 1 || from >= sequence.length) throw new Error(`the continuation must start inside the sequence (1 ≤ from < ${sequence.length}), got ${from}`);
  const inputs = sequence.slice(0, -1);
  const targets = sequence.slice(1);
  const { logits, cache } = forward(params, config, inputs);
  const V = config.vocabSize;
  const losses = new Float64Array(targets.length);
  const dLogits = weight === undefined ? undefined : allocate(params.dtype, logits.length);
  crossEntropy(logits, targets, V, losses, dLogits, weight ?? 1);
  // Input position t predicts sequence[t + 1]: the continuation's tokens are predicted from position from − 1 on.
  let logProb = 0;
  for (let t = from - 1; t < targets.length; t++) logProb -= losses[t]!;
  if (dLogits) {
    dLogits.fill(0, 0, (from - 1) * V);
    backward(params, config, cache, dLogits);
  }
  return logProb;
}
