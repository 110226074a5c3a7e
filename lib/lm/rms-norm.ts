import type { Floats } from "./params";

/**
 * RMSNorm (Zhang & Sennrich): y = x · g / √(mean(x²) + ε), per row of width n. `inv` keeps
 * each row's 1/rms for the backward pass.
 */
export function rmsNormForward(x: Floats, gain: Floats, y: Floats, inv: Floats, rows: number, n: number, eps: number): void {
  for (let t = 0; t < rows; t++) {
    const o = t * n;
    let ss = 0;
    for (let i = 0; i < n; i++) ss += x[o + i]! * x[o + i]!;
    const r = 1 / Math.sqrt(ss / n + eps);
    inv[t] = r;
    for (let i = 0; i < n; i++) y[o + i] = x[o + i]! * r * gain[i]!;
  }
}

/**
 * With u = g ⊙ dy: dx = r·u − x · r³/n · (u·x), and dg += dy ⊙ x · r. dx is accumulated
 * (it is the residual stream's gradient).
 */
export function rmsNormBackward(x: Floats, gain: Floats, inv: Floats, dy: Floats, dx: Floats, dGain: Floats, rows: number, n: number): void {
  for (let t = 0; t < rows; t++) {
    const o = t * n;
    const r = inv[t]!;
    let dot = 0;
    for (let i = 0; i < n; i++) {
      const u = gain[i]! * dy[o + i]!;
      dot += u * x[o + i]!;
      dGain[i]! += dy[o + i]! * x[o + i]! * r;
    }
    const k = (r * r * r * dot) / n;
    for (let i = 0; i < n; i++) dx[o + i]! += r * gain[i]! * dy[o + i]! - x[o + i]! * k;
  }
}
