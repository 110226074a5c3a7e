import type { Floats } from "./params";

/**
 * RoPE (Su et al.): within each head, pair (2i, 2i+1) of the vector at position m is rotated by
 * m·θ_i with θ_i = base^(−2i/headWidth). Rotating by the negative angle is the transpose, which
 * is exactly the backward pass, so `sign` = −1 maps gradients back. `scale` > 1 is Position
 * Interpolation: position m turns as m / scale would. Row r is position `start` + r (a decoder
 * step rotates one row at its own position).
 */
export function applyRope(x: Floats, rows: number, width: number, heads: number, base: number, sign: 1 | -1, scale = 1, start = 0): void {
  const hd = width / heads;
  const half = hd / 2;
  for (let i = 0; i < half; i++) {
    const theta = Math.pow(base, (-2 * i) / hd);
    for (let m = 0; m < rows; m++) {
      const angle = ((start + m) / scale) * theta;
      const c = Math.cos(angle);
      const s = sign * Math.sin(angle);
      for (let h = 0; h < heads; h++) {
        const o = m * width + h * hd + 2 * i;
        const x0 = x[o]!;
        const x1 = x[o + 1]!;
        x[o] = x0 * c - x1 * s;
        x[o + 1] = x0 * s + x1 * c;
      }
    }
  }
}
