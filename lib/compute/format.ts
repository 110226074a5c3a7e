/**
 * Number formatting for worked steps: whole numbers with thousands separators,
 * others to 6 significant digits, very large or small ones in scientific notation.
 */
export function fmt(x: number): string {
  // −0 arises from negating a zero margin; students should see "0", not "-0".
  if (x === 0) return "0";
  if (Number.isInteger(x) && Math.abs(x) < 1e21) return groupThousands(String(x));
  const abs = Math.abs(x);
  if (abs !== 0 && (abs >= 1e15 || abs < 1e-4)) return x.toExponential(4).replace(/\.?0+e/, "e");
  return groupThousands(String(Number(x.toPrecision(6))));
}

/**
 * "1234567.25" → "1,234,567.25". Hand-rolled because toLocaleString builds an Intl
 * formatter per call, which made formatting the slowest part of generating a variant.
 */
export function groupThousands(plain: string): string {
  const sign = plain.startsWith("-") ? "-" : "";
  const body = sign ? plain.slice(1) : plain;
  if (body.includes("e")) return plain;
  const dot = body.indexOf(".");
  const int = dot === -1 ? body : body.slice(0, dot);
  const frac = dot === -1 ? "" : body.slice(dot);
  if (int.length <= 3) return plain;
  let out = "";
  for (let i = 0; i < int.length; i++) {
    if (i > 0 && (int.length - i) % 3 === 0) out += ",";
    out += int[i];
  }
  return sign + out + frac;
}

/** A number written after an operator: negatives go in parentheses, so steps read "1.2 − (-0.4)", not "1.2 − -0.4". */
export function fmtOperand(x: number): string {
  return x < 0 ? `(${fmt(x)})` : fmt(x);
}

const BINARY = [
  ["TiB", 2 ** 40],
  ["GiB", 2 ** 30],
  ["MiB", 2 ** 20],
  ["KiB", 2 ** 10],
] as const;
const DECIMAL = [
  ["TB", 1e12],
  ["GB", 1e9],
  ["MB", 1e6],
  ["kB", 1e3],
] as const;

/** "42,949,672,960 B = 40 GiB = 42.9 GB": bytes in both binary and decimal units. */
export function fmtBytes(bytes: number): string {
  const parts = [`${fmt(bytes)} B`];
  const bin = BINARY.find(([, f]) => bytes >= f);
  const dec = DECIMAL.find(([, f]) => bytes >= f);
  if (bin) parts.push(`${fmt(Number((bytes / bin[1]).toPrecision(4)))} ${bin[0]}`);
  if (dec) parts.push(`${fmt(Number((bytes / dec[1]).toPrecision(4)))} ${dec[0]}`);
  return parts.join(" = ");
}
