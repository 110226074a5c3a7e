export type RopeSettings = {
  /** Head dimension: even, so the vector splits into d/2 rotated pairs. */
  d: number;
  /** 10,000 in RoFormer, 500,000 in Llama 3. */
  base: number;
  /** Query position. */
  m: number;
  /** Key position. */
  n: number;
  /** Both positions are moved by s to show that q·k only sees m − n. */
  shift: number;
  /** Position Interpolation factor: positions are divided by it (1 = plain RoPE). */
  piFactor: number;
  /** The offset chart covers m − n = −maxOffset … maxOffset. */
  maxOffset: number;
  /** Which pair the 2-D rotation picture draws. */
  pair: number;
  /** How many random (q, k, m, n, s) draws test the relative property. */
  trials: number;
  seed: number;
};

export const DEFAULT_ROPE_SETTINGS: RopeSettings = {
  d: 64,
  base: 10_000,
  m: 12,
  n: 5,
  shift: 1000,
  piFactor: 4,
  maxOffset: 256,
  pair: 0,
  trials: 1000,
  seed: 1,
};

const MAX_POSITION = 10_000_000;

function wholeNumber(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${name} must be a whole number from ${min.toLocaleString("en")} to ${max.toLocaleString("en")}; got ${value}.`);
  }
  return value;
}

/** Throws an Error a student can act on; returns the settings unchanged when they are valid. */
export function validateRopeSettings(s: RopeSettings): RopeSettings {
  wholeNumber("The head dimension d", s.d, 2, 256);
  if (s.d % 2 !== 0) throw new Error(`The head dimension d must be even, since RoPE rotates pairs of dimensions; got ${s.d}.`);
  // base 1 would give every pair the same frequency; the formula library refuses it too.
  if (!Number.isFinite(s.base) || s.base <= 1 || s.base > 1e9) throw new Error(`The base must be greater than 1 and at most 1,000,000,000; got ${s.base}.`);
  wholeNumber("The query position m", s.m, 0, MAX_POSITION);
  wholeNumber("The key position n", s.n, 0, MAX_POSITION);
  wholeNumber("The shift s", s.shift, -MAX_POSITION, MAX_POSITION);
  if (s.m + s.shift < 0 || s.n + s.shift < 0) throw new Error(`The shifted positions m + s and n + s must not be negative; got ${s.m + s.shift} and ${s.n + s.shift}.`);
  if (s.m + s.shift > MAX_POSITION || s.n + s.shift > MAX_POSITION) throw new Error(`The shifted positions must be at most ${MAX_POSITION.toLocaleString("en")}.`);
  if (!Number.isFinite(s.piFactor) || s.piFactor < 1 || s.piFactor > 1000) throw new Error(`The interpolation factor must be from 1 to 1,000; got ${s.piFactor}.`);
  wholeNumber("The largest offset", s.maxOffset, 8, 4096);
  wholeNumber("The pair to draw", s.pair, 0, s.d / 2 - 1);
  wholeNumber("The number of random trials", s.trials, 1, 20_000);
  wholeNumber("The seed", s.seed, 0, 2 ** 32 - 1);
  return s;
}
