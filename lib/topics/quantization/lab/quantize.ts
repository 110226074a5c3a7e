import { roundHalfEven } from "@/lib/compute/round-half-even";

/**
 * absmax: one symmetric step per tensor. zeropoint: one (scale, zero point) per
 * tensor. groupwise: symmetric absmax per group of g consecutive weights
 * (row-major), the last group possibly shorter.
 */
export type QuantScheme = "absmax" | "zeropoint" | "groupwise";

/** The parameters of one group: its step (Δ or scale) and, for zero-point, the code of 0 and the range it covers. */
export type GroupParams = { start: number; end: number; step: number; zeroPoint: number; min: number; max: number };

export type QuantizedTensor = { codes: Int32Array; dequantized: Float64Array; groups: GroupParams[] };

/** Largest symmetric code 2^(b−1) − 1 (INT8: 127, INT4: 7); −2^(b−1) is left unused so the codes are symmetric. */
export const symmetricMaxCode = (bits: number) => 2 ** (bits - 1) - 1;

/** q = clamp(round(x/Δ), −qmax, qmax), ties to even as in lib/compute. */
export function absmaxCode(x: number, delta: number, bits: number): number {
  if (delta === 0) return 0;
  const qmax = symmetricMaxCode(bits);
  return Math.min(qmax, Math.max(-qmax, roundHalfEven(x / delta)));
}

/** q = clamp(round(x/scale) + zero_point, 0, 2^b − 1). */
export function zeroPointCode(x: number, scale: number, zeroPoint: number, bits: number): number {
  if (scale === 0) return zeroPoint;
  return Math.min(2 ** bits - 1, Math.max(0, roundHalfEven(x / scale) + zeroPoint));
}

function absmaxGroup(values: ArrayLike<number>, start: number, end: number, bits: number, out: QuantizedTensor): void {
  let maxAbs = 0;
  for (let i = start; i < end; i++) maxAbs = Math.max(maxAbs, Math.abs(values[i]!));
  const delta = maxAbs / symmetricMaxCode(bits);
  for (let i = start; i < end; i++) {
    const q = absmaxCode(values[i]!, delta, bits);
    out.codes[i] = q;
    out.dequantized[i] = q * delta;
  }
  out.groups.push({ start, end, step: delta, zeroPoint: 0, min: -maxAbs, max: maxAbs });
}

function zeroPointGroup(values: ArrayLike<number>, start: number, end: number, bits: number, out: QuantizedTensor): void {
  // The range is widened to contain 0 (as PyTorch's observers do), so 0 is exactly representable and the zero point is a valid code.
  let min = 0;
  let max = 0;
  for (let i = start; i < end; i++) {
    min = Math.min(min, values[i]!);
    max = Math.max(max, values[i]!);
  }
  const scale = (max - min) / (2 ** bits - 1);
  const zeroPoint = scale === 0 ? 0 : roundHalfEven(-min / scale);
  for (let i = start; i < end; i++) {
    const q = zeroPointCode(values[i]!, scale, zeroPoint, bits);
    out.codes[i] = q;
    out.dequantized[i] = (q - zeroPoint) * scale;
  }
  out.groups.push({ start, end, step: scale, zeroPoint, min, max });
}

/** Quantizes one tensor and dequantizes it again, keeping every group's parameters. */
export function quantizeTensor(values: ArrayLike<number>, bits: number, scheme: QuantScheme, groupSize: number): QuantizedTensor {
  const n = values.length;
  const out: QuantizedTensor = { codes: new Int32Array(n), dequantized: new Float64Array(n), groups: [] };
  if (scheme === "zeropoint") zeroPointGroup(values, 0, n, bits, out);
  else if (scheme === "absmax") absmaxGroup(values, 0, n, bits, out);
  else for (let start = 0; start < n; start += groupSize) absmaxGroup(values, start, Math.min(n, start + groupSize), bits, out);
  return out;
}

export type ErrorStats = {
  meanAbsError: number;
  maxAbsError: number;
  /** Largest Δ/2 over all groups: no weight can be further off than its own group's Δ/2. */
  maxHalfStep: number;
  /** max over weights of |w − ŵ| / (Δ_group/2); at most 1 when the bound holds. */
  worstBoundRatio: number;
};

export function errorStats(values: ArrayLike<number>, q: QuantizedTensor): ErrorStats {
  let sum = 0;
  let maxAbsError = 0;
  let maxHalfStep = 0;
  let worstBoundRatio = 0;
  for (const g of q.groups) {
    const half = g.step / 2;
    maxHalfStep = Math.max(maxHalfStep, half);
    for (let i = g.start; i < g.end; i++) {
      const e = Math.abs(values[i]! - q.dequantized[i]!);
      sum += e;
      maxAbsError = Math.max(maxAbsError, e);
      if (half > 0) worstBoundRatio = Math.max(worstBoundRatio, e / half);
    }
  }
  return { meanAbsError: values.length ? sum / values.length : 0, maxAbsError, maxHalfStep, worstBoundRatio };
}

/** Counts per bin over [lo, hi]; values outside go to the end bins. */
export function histogram(values: ArrayLike<number>, lo: number, hi: number, bins: number): number[] {
  const counts = new Array<number>(bins).fill(0);
  const width = (hi - lo) / bins || 1;
  for (let i = 0; i < values.length; i++) {
    const b = Math.min(bins - 1, Math.max(0, Math.floor((values[i]! - lo) / width)));
    counts[b]!++;
  }
  return counts;
}
