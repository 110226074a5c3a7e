import type { Floats } from "./params";

/**
 * SwiGLU's gate (Shazeer, "GLU Variants Improve Transformer"): h = silu(a) ⊙ b, where a and b
 * are the gate and up projections. The projections themselves are ordinary linear layers.
 */
export function swigluForward(a: Floats, b: Floats, h: Floats): void {
  for (let i = 0; i < h.length; i++) {
    const s = 1 / (1 + Math.exp(-a[i]!));
    h[i] = a[i]! * s * b[i]!;
  }
}

/** silu'(a) = σ(a)·(1 + a·(1 − σ(a))); da and db are overwritten. */
export function swigluBackward(a: Floats, b: Floats, dh: Floats, da: Floats, db: Floats): void {
  for (let i = 0; i < dh.length; i++) {
    const x = a[i]!;
    const s = 1 / (1 + Math.exp(-x));
    da[i] = dh[i]! * b[i]! * s * (1 + x * (1 - s));
    db[i] = dh[i]! * x * s;
  }
}
