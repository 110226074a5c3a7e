import type { Floats } from "./params";

/**
 * y[t] = W·x[t] for T rows of x (T × n, row-major) and W stored rows = outputs (m × n),
 * the layout of every projection in the model. The inner loop is a contiguous dot product.
 */
export function linearForward(x: Floats, w: Floats, y: Floats, rows: number, n: number, m: number): void {
  for (let t = 0; t < rows; t++) {
    const xo = t * n;
    for (let o = 0; o < m; o++) {
      const wo = o * n;
      let s = 0;
      for (let i = 0; i < n; i++) s += x[xo + i]! * w[wo + i]!;
      y[t * m + o] = s;
    }
  }
}

/** dx[t] += Wᵀ·dy[t] and dW += Σ_t dy[t]·x[t]ᵀ; dx is accumulated so residual branches can share it. */
export function linearBackward(x: Floats, w: Floats, dy: Floats, dx: Floats, dw: Floats, rows: number, n: number, m: number): void {
  for (let t = 0; t < rows; t++) {
    const xo = t * n;
    for (let o = 0; o < m; o++) {
      const g = dy[t * m + o]!;
      if (g === 0) continue;
      const wo = o * n;
      for (let i = 0; i < n; i++) {
        dx[xo + i]! += g * w[wo + i]!;
        dw[wo + i]! += g * x[xo + i]!;
      }
    }
  }
}
