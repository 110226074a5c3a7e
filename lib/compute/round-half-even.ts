/**
 * Rounds to the nearest integer, ties to the even one (2.5 → 2, 3.5 → 4,
 * −2.5 → −2), as torch.round, numpy.round and Python's round do, so a student
 * checking a quantization answer in a notebook gets the same integer.
 * `Math.round` would round −2.5 up to −2 but 2.5 up to 3, which matches neither.
 */
export function roundHalfEven(x: number): number {
  const floor = Math.floor(x);
  // Exact for every double: x and its floor share the exponent range.
  const frac = x - floor;
  const rounded = frac > 0.5 ? floor + 1 : frac < 0.5 ? floor : floor % 2 === 0 ? floor : floor + 1;
  // + 0 turns −0 into 0, so steps never print "-0".
  return rounded + 0;
}
