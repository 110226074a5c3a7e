import type { Floats } from "./params";

/** Whether query i may read key j: causal, and within the last `window` positions counting i itself. */
export function visible(i: number, j: number, window: number | null): boolean {
  const back = i - j;
  return back >= 0 && (window === null || back < window);
}

/**
 * Scaled dot-product attention over `heads` heads of q, k, v (rows × width each, heads side by
 * side in the columns). `probs` (heads × rows × rows) keeps each head's softmax, zero where
 * masked, for the backward pass and for the attention maps the labs draw.
 */
export function attentionForward(q: Floats, k: Floats, v: Floats, out: Floats, probs: Floats, rows: number, width: number, heads: number, window: number | null): void {
  const hd = width / heads;
  const scale = 1 / Math.sqrt(hd);
  probs.fill(0);
  out.fill(0);
  for (let h = 0; h < heads; h++) {
    const ho = h * hd;
    for (let i = 0; i < rows; i++) {
      const first = window === null ? 0 : Math.max(0, i - window + 1);
      const p = h * rows * rows + i * rows;
      let max = -Infinity;
      for (let j = first; j <= i; j++) {
        let s = 0;
        for (let c = 0; c < hd; c++) s += q[i * width + ho + c]! * k[j * width + ho + c]!;
        s *= scale;
        probs[p + j] = s;
        if (s > max) max = s;
      }
      let sum = 0;
      for (let j = first; j <= i; j++) {
        const e = Math.exp(probs[p + j]! - max);
        probs[p + j] = e;
        sum += e;
      }
      for (let j = first; j <= i; j++) {
        const w = probs[p + j]! / sum;
        probs[p + j] = w;
        for (let c = 0; c < hd; c++) out[i * width + ho + c]! += w * v[j * width + ho + c]!;
      }
    }
  }
}

/**
 * With P the softmax and S the scores: dV = Pᵀ·dO, dP = dO·Vᵀ, dS = P ⊙ (dP − rowsum(P ⊙ dP)),
 * dQ = dS·K/√d, dK = dSᵀ·Q/√d. dq, dk, dv are overwritten; `scratch` holds one row of dP.
 */
export function attentionBackward(q: Floats, k: Floats, v: Floats, probs: Floats, dOut: Floats, dq: Floats, dk: Floats, dv: Floats, scratch: Floats, rows: number, width: number, heads: number, window: number | null): void {
  const hd = width / heads;
  const scale = 1 / Math.sqrt(hd);
  dq.fill(0);
  dk.fill(0);
  dv.fill(0);
  for (let h = 0; h < heads; h++) {
    const ho = h * hd;
    for (let i = 0; i < rows; i++) {
      const first = window === null ? 0 : Math.max(0, i - window + 1);
      const p = h * rows * rows + i * rows;
      let dot = 0;
      for (let j = first; j <= i; j++) {
        let g = 0;
        const w = probs[p + j]!;
        for (let c = 0; c < hd; c++) {
          const d = dOut[i * width + ho + c]!;
          g += d * v[j * width + ho + c]!;
          dv[j * width + ho + c]! += w * d;
        }
        scratch[j] = g;
        dot += w * g;
      }
      for (let j = first; j <= i; j++) {
        const ds = probs[p + j]! * (scratch[j]! - dot) * scale;
        if (ds === 0) continue;
        for (let c = 0; c < hd; c++) {
          dq[i * width + ho + c]! += ds * k[j * width + ho + c]!;
          dk[j * width + ho + c]! += ds * q[i * width + ho + c]!;
        }
      }
    }
  }
}
