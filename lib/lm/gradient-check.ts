import type { Floats } from "./params";

export type GradientMismatch = { index: number; analytic: number; numeric: number; relative: number };

/**
 * Compares `analytic` with central differences (f(x+h) − f(x−h)) / 2h of `loss` over the entries
 * of `values` (every one, or the given indices), restoring each entry afterwards. In float64 with
 * h = 1e-5 the truncation error is O(h²) ≈ 1e-10 and rounding ≈ 1e-16/h ≈ 1e-11, so a relative
 * error above 1e-6 means a wrong formula, not noise. Returns the worst entry.
 */
export function worstGradientMismatch(values: Floats, analytic: Floats, loss: () => number, indices?: readonly number[], h = 1e-5): GradientMismatch {
  let worst: GradientMismatch = { index: -1, analytic: 0, numeric: 0, relative: 0 };
  const check = indices ?? Array.from({ length: values.length }, (_, i) => i);
  for (const i of check) {
    const saved = values[i]!;
    values[i] = saved + h;
    const up = loss();
    values[i] = saved - h;
    const down = loss();
    values[i] = saved;
    const numeric = (up - down) / (2 * h);
    const g = analytic[i]!;
    // The floor (1e-4) lets entries whose gradient is ~0 pass on an absolute error of 1e-10: the
    // differences of a loss near 2 carry about 2e-16 / h ≈ 2e-11 of rounding.
    const relative = Math.abs(g - numeric) / Math.max(Math.abs(g) + Math.abs(numeric), 1e-4);
    if (relative > worst.relative || worst.index < 0) worst = { index: i, analytic: g, numeric, relative };
  }
  return worst;
}
