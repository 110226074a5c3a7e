/** Short numbers for labels: fixed for everyday sizes, scientific when very large or small. */
export function formatNumber(x: number, digits = 4): string {
  if (x === 0) return "0";
  if (!Number.isFinite(x)) return String(x);
  const abs = Math.abs(x);
  if (abs >= 1e6 || abs < 1e-3) return x.toExponential(digits - 1);
  if (Number.isInteger(x)) return x.toLocaleString("en");
  return Number(x.toPrecision(digits)).toLocaleString("en", { maximumSignificantDigits: digits });
}

/** "0 (identical)" or "3.2e-16": how far apart two computations of the same number are. */
export function relativeErrorLabel(x: number): string {
  return x === 0 ? "0 (identical)" : x.toExponential(1);
}
