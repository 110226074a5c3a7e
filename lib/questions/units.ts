import { create, unitDependencies } from "mathjs";
import type { ComputeUnit } from "@/lib/compute/types";

// Only the Unit constructor: no expression parser or evaluate() is created,
// so nothing a student types is ever evaluated as code.
if (!unitDependencies) throw new Error("mathjs unit factory is missing");
const { unit: mathUnit } = create({ unitDependencies });

// mathjs types declare a unit's prefix as a string; at run time it is an object with a name.
function prefixName(prefix: unknown): string {
  return typeof prefix === "string" ? prefix : ((prefix as { name?: string } | null)?.name ?? "");
}

export type Dimension = "bytes" | "angle" | "count";

const DIMENSION_OF: Record<ComputeUnit, Dimension> = { B: "bytes", b: "bytes", rad: "angle", "": "count" };
export const dimensionOf = (u: ComputeUnit): Dimension => DIMENSION_OF[u];

/** How a dimension is named in feedback ("expected a size in bytes, got a mass"). */
export const DIMENSION_NAMES: Record<string, string> = {
  bytes: "a size in bytes",
  angle: "an angle",
  count: "a plain number",
  BIT: "a size in bytes or bits",
  MASS: "a mass",
  LENGTH: "a length",
  TIME: "a time",
  CURRENT: "an electric current",
  TEMPERATURE: "a temperature",
  LUMINOUS_INTENSITY: "a luminous intensity",
  AMOUNT_OF_SUBSTANCE: "an amount of substance",
  ANGLE: "an angle",
};

/** Scales for plain numbers: suffixes people type after counts ("1.2 M params", "7B", "35%"). */
const COUNT_SCALES: Record<string, number> = {
  "": 1,
  k: 1e3,
  K: 1e3,
  thousand: 1e3,
  M: 1e6,
  m: 1e6,
  mn: 1e6,
  million: 1e6,
  millions: 1e6,
  B: 1e9,
  bn: 1e9,
  G: 1e9,
  billion: 1e9,
  billions: 1e9,
  T: 1e12,
  trillion: 1e12,
  trillions: 1e12,
  "%": 0.01,
  percent: 0.01,
};

export type ResolvedUnit =
  | { ok: true; dimension: Dimension; factor: number; isBits: boolean; binary: boolean; prefix: string; label: string }
  | { ok: false; reason: "unknown" }
  | { ok: false; reason: "dimension"; dimension: string };

const cache = new Map<string, ResolvedUnit>();

/** mathjs writes kilo as "k"; people write "KB". Ki stays as it is. */
function normaliseSizeUnit(text: string): string {
  return text.replace(/^K(?=[Bb]$|bytes?$|bits?$)/, "k");
}

/**
 * Resolves a unit as typed (after a number) against the dimension the answer
 * needs. Results are cached: each distinct unit string is parsed once.
 */
export function resolveUnit(text: string, expected: Dimension): ResolvedUnit {
  const key = `${expected}|${text}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const resolved = resolveUncached(text, expected);
  cache.set(key, resolved);
  return resolved;
}

/** Symbols people type that mathjs spells out: "38°" is 38 deg. */
const UNIT_SYMBOLS: Record<string, string> = { "°": "deg", "º": "deg" };

function resolveUncached(typed: string, expected: Dimension): ResolvedUnit {
  const text = UNIT_SYMBOLS[typed] ?? typed;
  if (expected === "count") {
    const scale = COUNT_SCALES[text] ?? COUNT_SCALES[text.toLowerCase()];
    if (scale !== undefined) return { ok: true, dimension: "count", factor: scale, isBits: false, binary: false, prefix: text, label: text };
  }
  try {
    const u = mathUnit(1, normaliseSizeUnit(text));
    const first = u.units[0];
    if (!first || u.units.length !== 1) return { ok: false, reason: "unknown" };
    const base = first.unit.base.key as string;
    if (base === "BIT") {
      if (expected !== "bytes") return { ok: false, reason: "dimension", dimension: "BIT" };
      const isBits = first.unit.name === "b" || first.unit.name.startsWith("bit");
      const prefix = prefixName(first.prefix);
      return { ok: true, dimension: "bytes", factor: u.toNumber("B"), isBits, binary: prefix.endsWith("i"), prefix, label: text };
    }
    if (base === "ANGLE") {
      if (expected !== "angle") return { ok: false, reason: "dimension", dimension: "ANGLE" };
      return { ok: true, dimension: "angle", factor: u.toNumber("rad"), isBits: false, binary: false, prefix: "", label: typed };
    }
    return { ok: false, reason: "dimension", dimension: base };
  } catch {
    return { ok: false, reason: "unknown" };
  }
}

/** Converts a value in base units (B, rad, or a plain count) to a display unit, e.g. 4.3e10 B → 40 "GiB". */
export function fromBase(value: number, displayUnit: string, dimension: Dimension): number {
  const r = resolveUnit(displayUnit, dimension);
  if (!r.ok) throw new Error(`Display unit "${displayUnit}" doesn't fit ${DIMENSION_NAMES[dimension]}.`);
  return value / r.factor;
}

/** Whether a display unit can show results of this compute unit (checked when a template is validated). */
export function isDisplayUnitFor(displayUnit: string, computeUnit: ComputeUnit): boolean {
  return resolveUnit(displayUnit, dimensionOf(computeUnit)).ok;
}

/** Values of the "bytes" dimension are compared in bytes; compute results in bits are divided by 8. */
export function toDimensionBase(value: number, unit: ComputeUnit): number {
  return unit === "b" ? value / 8 : value;
}
