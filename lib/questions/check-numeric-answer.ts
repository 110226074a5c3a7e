import type { ComputeUnit } from "@/lib/compute/types";
import { parseNumberWithUnit } from "./parse-number";
import { DIMENSION_NAMES, dimensionOf, resolveUnit, toDimensionBase } from "./units";
import type { MisconceptionId } from "./misconceptions";

/** `relative` is a share of the expected value; `absolute` is in the expected value's own unit (bits for a bit count). */
export type Tolerance = { relative?: number; absolute?: number };

export type NumericCheck = {
  correct: boolean;
  /** What was understood, in the expected compute unit (e.g. bytes). */
  parsed?: { value: number; unit: ComputeUnit };
  feedback: string;
  /** The slip the feedback names, so item analysis groups wrong answers as the student was told. */
  misconception?: MisconceptionId;
  /** False when the answer was a bare number, read in the display unit. */
  unitGiven?: boolean;
};

/** 1 % unless the template says otherwise: answers shown to 3 significant digits round within 0.5 %. */
export const DEFAULT_TOLERANCE: Tolerance = { relative: 0.01 };

function within(actual: number, expected: number, tol: Tolerance): boolean {
  const diff = Math.abs(actual - expected);
  if (tol.absolute !== undefined && diff <= tol.absolute) return true;
  if (tol.relative !== undefined && diff <= Math.abs(expected) * tol.relative) return true;
  return diff === 0;
}

/**
 * Grades a typed numeric answer the way a careful teacher would: any sensible
 * unit of the right dimension is converted (GB, GiB, Gb, bytes, K/M/B for counts,
 * %, deg/rad); a bare number is read in `displayUnit` (else the expected unit);
 * unit slips (bits for bytes, GB for GiB) and wrong dimensions get specific feedback.
 * Never throws on what a student types.
 */
export function checkNumericAnswer(args: {
  answerText: string;
  expected: { value: number; unit: ComputeUnit; displayUnit?: string };
  tolerance?: Tolerance;
}): NumericCheck {
  const { expected } = args;
  const given = args.tolerance && (args.tolerance.relative !== undefined || args.tolerance.absolute !== undefined) ? args.tolerance : DEFAULT_TOLERANCE;
  // An absolute tolerance is written in the expected value's unit (0.005 b is 0.005 bits); the
  // comparison below runs in the dimension's base (bytes), so it is converted with the value.
  const tol: Tolerance = given.absolute === undefined ? given : { ...given, absolute: toDimensionBase(given.absolute, expected.unit) };
  const dimension = dimensionOf(expected.unit);
  const text = args.answerText ?? "";
  if (!text.trim()) return { correct: false, feedback: "Enter an answer first." };

  const parsed = parseNumberWithUnit(text);
  if (!parsed) {
    return { correct: false, feedback: `I couldn't read “${text.trim().slice(0, 40)}” as a number${dimension === "count" ? "" : " with a unit"} (for example ${example(dimension)}).` };
  }
  const unitText = stripCountNouns(parsed.unit, dimension);
  const shownIn = unitText === "" ? (expected.displayUnit ?? baseLabel(expected.unit)) : unitText;
  const resolved = resolveUnit(shownIn, dimension);
  if (!resolved.ok) {
    if (resolved.reason === "dimension") {
      return { correct: false, feedback: `Expected ${DIMENSION_NAMES[dimension]}, got ${DIMENSION_NAMES[resolved.dimension] ?? "another kind of quantity"} (“${shownIn}”).` };
    }
    return { correct: false, feedback: `I don't know the unit “${shownIn}”. Try ${example(dimension)}.` };
  }

  // Everything is compared in the dimension's base: bytes, radians, or plain numbers.
  const expectedBase = toDimensionBase(expected.value, expected.unit);
  const givenBase = parsed.value * resolved.factor;
  const value = expected.unit === "b" ? givenBase * 8 : givenBase;
  const result = { value, unit: expected.unit };

  if (within(givenBase, expectedBase, tol)) {
    const note = resolved.isBits && expected.unit === "B" ? " (You answered in bits; the conversion to bytes checks out.)" : "";
    return { correct: true, parsed: result, feedback: `Correct.${note}`, unitGiven: unitText !== "" };
  }
  return { correct: false, parsed: result, unitGiven: unitText !== "", ...diagnose(parsed.value, shownIn, resolved, expectedBase, tol) };
}

function diagnose(
  typed: number,
  unitText: string,
  resolved: Extract<ReturnType<typeof resolveUnit>, { ok: true }>,
  expectedBase: number,
  tol: Tolerance,
): { feedback: string; misconception?: MisconceptionId } {
  if (resolved.dimension === "bytes") {
    if (resolved.isBits && within(typed * resolved.factor * 8, expectedBase, tol)) {
      return { feedback: `You answered in ${bitWord(resolved.prefix)} (${unitText}), but the number fits ${byteWord(resolved.prefix)}: 1 byte = 8 bits.`, misconception: "bytes-for-bits" };
    }
    if (!resolved.isBits && within(typed * resolved.factor / 8, expectedBase, tol)) {
      return { feedback: `Your number looks like a count of bits written as bytes (${unitText}): divide by 8, since 1 byte = 8 bits.`, misconception: "bits-for-bytes" };
    }
    const swapped = swapBinary(resolved.prefix);
    if (swapped) {
      const other = resolveUnit(unitText.replace(resolved.prefix, swapped), "bytes");
      if (other.ok && within(typed * other.factor, expectedBase, tol)) {
        const feedback = resolved.binary
          ? `Your number is in ${swapped}B (powers of 10) but you wrote ${unitText} (powers of 2: 1 ${unitText.replace(/[Bb].*$/, "")}B = 2^${exponent(resolved.prefix)} bytes).`
          : `Your number is in ${swapped}B (powers of 2) but you wrote ${unitText} (powers of 10: 1 ${resolved.prefix}B = 10^${exponent(resolved.prefix)} bytes).`;
        return { feedback, misconception: "gb-vs-gib" };
      }
    }
  }
  const ratio = (typed * resolved.factor) / expectedBase;
  if (Number.isFinite(ratio) && ratio > 0 && Math.abs(Math.log10(ratio) - Math.round(Math.log10(ratio))) < 0.01 && Math.round(Math.log10(ratio)) !== 0) {
    return { feedback: `Not quite: your answer is off by a factor of 10^${Math.round(Math.log10(ratio))}. Check the unit prefix.`, misconception: "power-of-ten" };
  }
  return { feedback: "Not quite." };
}

const PREFIX_EXP: Record<string, number> = { k: 3, M: 6, G: 9, T: 12, P: 15, Ki: 10, Mi: 20, Gi: 30, Ti: 40, Pi: 50 };
const exponent = (prefix: string) => PREFIX_EXP[prefix] ?? 0;
const SWAP: Record<string, string> = { k: "Ki", M: "Mi", G: "Gi", T: "Ti", P: "Pi", Ki: "k", Mi: "M", Gi: "G", Ti: "T", Pi: "P" };
const swapBinary = (prefix: string) => SWAP[prefix];
const WORDS: Record<string, string> = { "": "", k: "kilo", Ki: "kibi", M: "mega", Mi: "mebi", G: "giga", Gi: "gibi", T: "tera", Ti: "tebi", P: "peta", Pi: "pebi" };
const bitWord = (prefix: string) => `${WORDS[prefix] ?? prefix}bits`;
const byteWord = (prefix: string) => `${WORDS[prefix] ?? prefix}bytes`;

function baseLabel(unit: ComputeUnit): string {
  return unit === "" ? "" : unit;
}

function example(dimension: string): string {
  return dimension === "bytes" ? "35 GB, 32.6 GiB or 3.5e10 bytes" : dimension === "angle" ? "1.57 rad or 90 deg" : "4096, 1.2 M or 0.73";
}

// "4096 tokens", "65,536 params": nouns after counts carry no unit.
const COUNT_NOUNS = /\s*(tokens?|params?|parameters?|scores?|positions?|keys?|values?|weights?|pairs?|layers?|times|x|×)$/i;
function stripCountNouns(unit: string, dimension: string): string {
  return dimension === "count" ? unit.replace(COUNT_NOUNS, "").trim() : unit;
}
