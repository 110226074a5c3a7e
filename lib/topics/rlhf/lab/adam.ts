/**
 * Adam (arXiv 1412.6980) for a flat parameter vector. The reward-model and DPO
 * gradients differ in scale by orders of magnitude (DPO's carries a factor β),
 * and Adam's per-parameter normalisation lets one learning rate serve both.
 */
export function makeAdam(size: number, learningRate: number, beta1 = 0.9, beta2 = 0.999, eps = 1e-8) {
  const m = new Float64Array(size);
  const v = new Float64Array(size);
  let t = 0;
  return {
    /** Moves params against `grad` (descent); pass the negated gradient to ascend. */
    step(params: number[], grad: readonly number[]): void {
      t++;
      for (let i = 0; i < size; i++) {
        m[i] = beta1 * m[i]! + (1 - beta1) * grad[i]!;
        v[i] = beta2 * v[i]! + (1 - beta2) * grad[i]! * grad[i]!;
        const mHat = m[i]! / (1 - beta1 ** t);
        const vHat = v[i]! / (1 - beta2 ** t);
        params[i] = params[i]! - (learningRate * mHat) / (Math.sqrt(vHat) + eps);
      }
    },
  };
}
