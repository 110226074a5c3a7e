import { allocate, type Floats, type LmParams } from "./params";

/** What the optimiser needs: one flat buffer of values, its gradients, and the tensors laid over it (for weight decay). */
export type OptimizedParams = Pick<LmParams, "dtype" | "values" | "grads" | "tensors">;

export type AdamWSettings = { beta1: number; beta2: number; eps: number; weightDecay: number };

/** GPT-style defaults: β₂ = 0.95 reacts faster than 0.999 on short runs; decay 0.1 on matrices. */
export const ADAMW_DEFAULTS: AdamWSettings = { beta1: 0.9, beta2: 0.95, eps: 1e-8, weightDecay: 0.1 };

export type AdamWState = { m: Floats; v: Floats; step: number; decayMask: Uint8Array };

/** Norm gains are not decayed (shrinking them toward 0 only rescales activations); matrices are. */
export function makeAdamW(params: OptimizedParams): AdamWState {
  const decayMask = new Uint8Array(params.values.length);
  for (const t of params.tensors) if (t.decay) decayMask.fill(1, t.offset, t.offset + t.value.length);
  return { m: allocate(params.dtype, params.values.length), v: allocate(params.dtype, params.values.length), step: 0, decayMask };
}

/**
 * One AdamW update (Loshchilov & Hutter): decay is applied to the weight directly, lr·λ·θ,
 * not through the gradient, so Adam's scaling doesn't weaken it for rarely-updated rows.
 */
export function adamWStep(params: OptimizedParams, state: AdamWState, lr: number, settings: AdamWSettings = ADAMW_DEFAULTS): void {
  const { beta1, beta2, eps, weightDecay } = settings;
  state.step += 1;
  const c1 = 1 - Math.pow(beta1, state.step);
  const c2 = 1 - Math.pow(beta2, state.step);
  const { values, grads } = params;
  const { m, v, decayMask } = state;
  for (let i = 0; i < values.length; i++) {
    const g = grads[i]!;
    m[i] = beta1 * m[i]! + (1 - beta1) * g;
    v[i] = beta2 * v[i]! + (1 - beta2) * g * g;
    const update = m[i]! / c1 / (Math.sqrt(v[i]! / c2) + eps);
    const decay = decayMask[i] ? weightDecay * values[i]! : 0;
    values[i] = values[i]! - lr * (update + decay);
  }
}

/** Scales the gradients so their global L2 norm is at most maxNorm; returns the norm before. */
export function clipGradients(params: OptimizedParams, maxNorm: number): number {
  let ss = 0;
  for (const g of params.grads) ss += g * g;
  const norm = Math.sqrt(ss);
  if (norm > maxNorm) {
    const k = maxNorm / norm;
    for (let i = 0; i < params.grads.length; i++) params.grads[i]! *= k;
  }
  return norm;
}
