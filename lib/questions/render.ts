import { fmt, groupThousands } from "@/lib/compute/format";
import type { ComputeUnit } from "@/lib/compute/types";
import type { ParamValues } from "./parameter-space";
import { dimensionOf, fromBase, toDimensionBase } from "./units";

// A brace group right after a letter, a command, "_", "^" or "}" is KaTeX (h_{kv}, \frac{a}{b}, 2^{i}),
// not a placeholder; placeholders stand after a space, "$", "(", "=" or punctuation.
const PLACEHOLDER = /(?<![\w\\}^_])\{([a-zA-Z][a-zA-Z0-9_]*)(?:\.([a-zA-Z][a-zA-Z0-9_]*))?\}/g;

type Part = string | { head: string; field: string | undefined; whole: string };
// Templates are rendered thousands of times: split each text into parts once.
const parsed = new Map<string, Part[]>();

function partsOf(text: string): Part[] {
  let parts = parsed.get(text);
  if (!parts) {
    parts = [];
    let last = 0;
    for (const m of text.matchAll(PLACEHOLDER)) {
      if (m.index > last) parts.push(text.slice(last, m.index));
      parts.push({ head: m[1]!, field: m[2], whole: m[0] });
      last = m.index + m[0].length;
    }
    if (last < text.length) parts.push(text.slice(last));
    if (parsed.size > 10_000) parsed.clear();
    parsed.set(text, parts);
  }
  return parts;
}

/**
 * Fills {param} and {preset.field} placeholders. Numbers get thousands separators;
 * a preset alone renders its label ("Llama 3 70B"). Unknown names are left as they
 * are, so template validation can report them.
 */
export function renderPlaceholders(text: string, values: ParamValues): string {
  if (!text.includes("{")) return text;
  let out = "";
  for (const part of partsOf(text)) {
    if (typeof part === "string") {
      out += part;
      continue;
    }
    const v = values[part.head];
    if (v === undefined) out += part.whole;
    else if (typeof v === "number") out += part.field ? part.whole : fmt(v);
    else if (!part.field) out += v.label;
    else {
      const x = v.values[part.field as keyof typeof v.values];
      out += x === undefined ? part.whole : fmt(x);
    }
  }
  return out;
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
  if (display.unit === "%") return `${number} %`;
  // A lone "b" reads as a typo; bits are written out (prefixed ones, Gb and the like, stay short).
  if (display.unit === "b") return `${number} bits`;
  return `${number} ${display.unit}`;
}
