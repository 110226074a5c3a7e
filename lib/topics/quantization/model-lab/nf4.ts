import { roundHalfEven } from "@/lib/compute/round-half-even";

/**
 * The 16 NormalFloat-4 levels of QLoRA (arXiv 2305.14314, Appendix E; the table bitsandbytes
 * ships): quantiles of N(0, 1) scaled to [−1, 1], with an exact 0. Each block of weights is divided
 * by its absmax and every weight snaps to the nearest level.
 */
export const NF4_LEVELS = [
  -1.0, -0.6961928009986877, -0.5250730514526367, -0.39491748809814453, -0.28444138169288635, -0.18477343022823334, -0.09105003625154495, 0.0, 0.07958029955625534,
  0.16093020141124725, 0.24611230194568634, 0.33791524171829224, 0.44070982933044434, 0.5626170039176941, 0.7229568362236023, 1.0,
] as const;

/** QLoRA's block sizes: 64 weights per absmax constant, 256 constants per second-level constant. */
export const NF4_BLOCK = 64;
export const NF4_BLOCK2 = 256;

/** Index of the level nearest to v (v in [−1, 1]); ties go to the lower level. */
export function nearestLevel(v: number): number {
  let best = 0;
  for (let i = 1; i < NF4_LEVELS.length; i++) if (Math.abs(NF4_LEVELS[i]! - v) < Math.abs(NF4_LEVELS[best]! - v)) best = i;
  return best;
}

/**
 * Double quantization of the blocks' absmax constants: QLoRA subtracts their mean (they are all
 * positive) and stores them as 8-bit values in blocks of 256, each block with one FP32 scale. QLoRA
 * uses 8-bit floats there; this lab uses symmetric INT8 absmax codes, the same 8 bits of storage.
 */
export function doubleQuantize(constants: Float64Array): Float64Array {
  const n = constants.length;
  let mean = 0;
  for (const c of constants) mean += c / n;
  const out = new Float64Array(n);
  for (let start = 0; start < n; start += NF4_BLOCK2) {
    const end = Math.min(n, start + NF4_BLOCK2);
    let maxAbs = 0;
    for (let i = start; i < end; i++) maxAbs = Math.max(maxAbs, Math.abs(constants[i]! - mean));
    const step = maxAbs / 127;
    for (let i = start; i < end; i++) out[i] = mean + (step === 0 ? 0 : roundHalfEven((constants[i]! - mean) / step) * step);
  }
  return out;
}

/** NF4 with absmax blocks of 64 (row-major, the last block possibly shorter); returns the dequantized weights. */
export function quantizeNf4(values: ArrayLike<number>, double: boolean): Float64Array {
  const n = values.length;
  const blocks = Math.ceil(n / NF4_BLOCK);
  const absmax = new Float64Array(blocks);
  for (let b = 0; b < blocks; b++) {
    for (let i = b * NF4_BLOCK; i < Math.min(n, (b + 1) * NF4_BLOCK); i++) absmax[b] = Math.max(absmax[b]!, Math.abs(values[i]!));
  }
  // Each weight's code is chosen against the exact constant; the stored (double-quantized) constant scales it back.
  const stored = double ? doubleQuantize(absmax) : absmax;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const b = Math.floor(i / NF4_BLOCK);
    const c = absmax[b]!;
    out[i] = c === 0 ? 0 : NF4_LEVELS[nearestLevel(values[i]! / c)]! * stored[b]!;
  }
  return out;
}
