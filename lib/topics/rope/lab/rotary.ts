/**
 * Rotary position embeddings (RoFormer, arXiv 2104.09864) in float64, with the
 * interleaved layout: pair i is dimensions (2i, 2i+1). Plain numbers on purpose:
 * the lab checks identities to 1e-6, which float32 rounding would blur.
 */

/** θ_i = base^(−2i/d) for i = 0 … d/2 − 1: radians turned per position step. */
export function ropeThetas(d: number, base: number): number[] {
  return Array.from({ length: d / 2 }, (_, i) => base ** ((-2 * i) / d));
}

/**
 * Rotates pair i of `x` by the angle (position/factor)·θ_i. `factor` is the
 * Position Interpolation factor (arXiv 2306.15595); 1 means plain RoPE.
 */
export function rotate(x: readonly number[], position: number, thetas: readonly number[], factor = 1): number[] {
  const out = new Array<number>(x.length);
  const p = position / factor;
  for (let i = 0; i < thetas.length; i++) {
    const a = x[2 * i]!;
    const b = x[2 * i + 1]!;
    const phi = p * thetas[i]!;
    const c = Math.cos(phi);
    const s = Math.sin(phi);
    out[2 * i] = a * c - b * s;
    out[2 * i + 1] = a * s + b * c;
  }
  return out;
}

export function dot(a: readonly number[], b: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i]! * b[i]!;
  return sum;
}

export function norm(a: readonly number[]): number {
  return Math.sqrt(dot(a, a));
}

/** Score of the query at position m against the key at position n, both rotated. */
export function rotatedScore(q: readonly number[], k: readonly number[], m: number, n: number, thetas: readonly number[], factor = 1): number {
  return dot(rotate(q, m, thetas, factor), rotate(k, n, thetas, factor));
}
