/**
 * Splits what a student typed into a number and a unit: "35 GB", "3.5e10 B",
 * "35,000,000,000 bytes", "1.2 M", "−0.5", "4.1×10^3", "73 %". Thousands
 * separators (commas, spaces, thin spaces, underscores) are dropped; a comma
 * followed by other than three digits is read as a decimal comma.
 */
export function parseNumberWithUnit(input: string): { value: number; unit: string } | null {
  let text = input
    .trim()
    .replace(/[\u2212\u2013]/g, "-")
    .replace(/[\u00a0\u2009\u202f]/g, " ");
  if (!text) return null;
  text = text.replace(/\s*(?:×|x|\*)\s*10\s*\^\s*([+-]?\d+)/i, "e$1");
  const match = /^([+-]?(?:\d{1,3}(?:[ ,_]\d{3})+|\d+)?(?:[.,]\d+)?(?:e[+-]?\d+)?)\s*(.*?)\s*$/i.exec(text);
  if (!match || !match[1] || !/\d/.test(match[1])) return null;
  let digits = match[1];
  if (/^[+-]?\d+,\d{1,2}$|^[+-]?\d+,\d{4,}$/.test(digits)) digits = digits.replace(",", ".");
  digits = digits.replace(/[ ,_]/g, "");
  const value = Number(digits);
  if (!Number.isFinite(value)) return null;
  const unit = match[2] ?? "";
  if (/^[\d.,]/.test(unit)) return null;
  return { value, unit };
}
