import type { Floats } from "./params";

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
