/**
 * Logistic σ(x) = 1/(1 + e^−x), computed so that neither branch overflows:
 * for x < 0 it uses e^x/(1 + e^x), which stays finite for any finite x.
 */
export function sigmoid(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}

/**
 * softplus(x) = log(1 + e^x) = −log σ(−x), in the stable form
 * max(x, 0) + log1p(e^−|x|), so a reward margin of ±1000 gives a finite loss
 * instead of log(0) = −∞ or e^1000 = ∞.
 */
export function softplus(x: number): number {
  return Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
}
