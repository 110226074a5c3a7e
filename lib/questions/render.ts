import { fmt, groupThousands } from "@/lib/compute/format";
import type { ComputeUnit } from "@/lib/compute/types";
import type { ParamValues } from "./parameter-space";
import { dimensionOf, fromBase, toDimensionBase } from "./units";

// A brace group right after a letter, a command, "_", "^" or "}" is KaTeX (h_{kv}, \frac{a}{b}, 2^{i}),
// not a placeholder; placeholders stand after a space, "$", "(", "=" or punctuation.
const PLACEHOLDER = /(?<![\w\\}^_])\{([a-zA-Z][a-zA-Z0-9_]*)(?:\.([a-zA-Z][a-zA-Z0-9_]*))?\}/g;

/**
 * Fills {param} and {preset.field} placeholders. Numbers get thousands separators;
 * a preset alone renders its label ("Llama 3 70B"). Unknown names are left as they
 * are, so template validation can report them.
 */
export function renderPlaceholders(text: string, values: ParamValues): string {
  return text.replace(PLACEHOLDER, (whole, head: string, field: string | undefined) => {
    const v = values[head];
    if (v === undefined) return whole;
    if (typeof v === "number") return field ? whole : fmt(v);
    if (!field) return v.label;
    const x = v.values[field as keyof typeof v.values];
    return x === undefined ? whole : fmt(x);
  });
}

/** Placeholders left after rendering (template errors). */
export function unresolvedPlaceholders(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[0]);
}

/** A number to `digits` significant digits, with separators; whole numbers shown exactly. */
export function formatSignificant(x: number, digits: number): string {
  if (Number.isInteger(x) && Math.abs(x) < 1e15) return fmt(x);
  const abs = Math.abs(x);
  if (abs !== 0 && (abs >= 1e15 || abs < 1e-4)) return x.toExponential(Math.max(0, digits - 1)).replace(/\.?0+e/, "e");
  return groupThousands(String(Number(x.toPrecision(digits))));
}

/** A compute result as shown to students in the template's display unit: "40 GiB", "73.1 %", "65,536". */
export function formatQuantity(value: number, unit: ComputeUnit, display: { unit: string; digits: number }): string {
  const shown = fromBase(toDimensionBase(value, unit), display.unit, dimensionOf(unit));
  const number = formatSignificant(shown, display.digits);
  if (!display.unit) return number;
  return display.unit === "%" ? `${number} %` : `${number} ${display.unit}`;
}
