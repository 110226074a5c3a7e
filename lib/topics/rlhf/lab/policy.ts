/** A categorical policy over K responses, parameterised by logits: π = softmax(θ). */

export function logSoftmax(logits: ArrayLike<number>): number[] {
  let max = -Infinity;
  for (let i = 0; i < logits.length; i++) max = Math.max(max, logits[i]!);
  let sum = 0;
  for (let i = 0; i < logits.length; i++) sum += Math.exp(logits[i]! - max);
  const logZ = max + Math.log(sum);
  return Array.from(logits, (z) => z - logZ);
}

export function softmax(logits: ArrayLike<number>): number[] {
  return logSoftmax(logits).map(Math.exp);
}

/** KL(π‖π_ref) = Σ π log(π/π_ref), exact: with K responses we can sum instead of sampling. */
export function klDivergence(logP: readonly number[], logQ: readonly number[]): number {
  let kl = 0;
  for (let i = 0; i < logP.length; i++) {
    const p = Math.exp(logP[i]!);
    if (p > 0) kl += p * (logP[i]! - logQ[i]!);
  }
  return kl;
}

export function expectation(probs: readonly number[], values: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < probs.length; i++) s += probs[i]! * values[i]!;
  return s;
}

/** Inverse-CDF sampling of one index from a categorical distribution. */
export function sampleIndex(probs: readonly number[], uniform: () => number): number {
  const u = uniform();
  let c = 0;
  for (let i = 0; i < probs.length; i++) {
    c += probs[i]!;
    if (u < c) return i;
  }
  return probs.length - 1;
}

/** log σ(x), stable for large |x| (the lab's own, independent of the formula library). */
export function logSigmoid(x: number): number {
  return x >= 0 ? -Math.log1p(Math.exp(-x)) : x - Math.log1p(Math.exp(x));
}

export function sigmoid(x: number): number {
  return Math.exp(logSigmoid(x));
}
