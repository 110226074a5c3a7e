import { defineCompute } from "@/lib/compute/define";
import { fmt } from "@/lib/compute/format";
import { invalidInput } from "@/lib/compute/input-specs";
import type { InputSpec } from "@/lib/compute/types";

const TOPIC = "quantization" as const;

// 1 to 8 exponent bits covers FP4 (E2M1) to BF16/FP32 (E8); mantissa up to 23 covers FP32.
const exponentBits: InputSpec = { label: "Exponent bits E", unitLabel: "bits", integer: true, min: 1, max: 8 };
const mantissaBits: InputSpec = { label: "Mantissa (trailing significand) bits M", unitLabel: "bits", integer: true, min: 0, max: 23 };
const specials: InputSpec = { label: "Special values: 0 none, 1 only S.1…1.1…1 is NaN (E4M3), 2 IEEE (top exponent = inf/NaN)", unitLabel: "code", integer: true, min: 0, max: 2 };

const SPECIALS_TEXT = [
  "no special values: every code is a number (OCP FP4/FP6 element formats)",
  "no infinities, and only the all-ones code (S.1…1.1…1) is not-a-number, as FP8 E4M3 does",
  "IEEE 754 style: the all-ones exponent is reserved for infinities and not-a-number codes, as FP8 E5M2, FP16 and BF16 do",
];

const bias = (e: number) => 2 ** (e - 1) - 1;

/** Largest finite value of a sign + E exponent + M mantissa format with bias 2^(E−1) − 1. */
export const FLOAT_MAX_FINITE = defineCompute({
  name: "quant.float_max_finite",
  title: "Largest finite value of a small float format",
  topic: TOPIC,
  description: "Largest finite magnitude of a floating-point format with 1 sign bit, E exponent bits and M mantissa bits, given how it encodes special values.",
  convention:
    "Bias 2^(E−1) − 1; normal values 2^(e − bias) × (1 + m/2^M). Specials 2 (IEEE): the top exponent 2^E − 1 is reserved, so max = 2^(2^E − 2 − bias) × (2 − 2^−M). Specials 1 (E4M3): the top exponent holds numbers except the all-ones mantissa (NaN), max = 2^(2^E − 1 − bias) × (2 − 2^(1−M)). Specials 0: max = 2^(2^E − 1 − bias) × (2 − 2^−M).",
  inputs: { exponentBits, mantissaBits, specials },
  outputUnit: "",
  outputLabel: "largest finite value",
  source: "FP8 Formats for Deep Learning, arXiv 2209.05433, Table 1 (E4M3 448, E5M2 57,344); OCP Microscaling Formats v1.0 (FP4 E2M1 max 6)",
  run: ({ exponentBits: e, mantissaBits: m, specials: s }) => {
    if (s === 1 && m < 1) throw invalidInput("quant.float_max_finite", "mantissaBits", "must be at least 1 when only the all-ones code is NaN (specials 1).");
    if (s === 2 && e < 2) throw invalidInput("quant.float_max_finite", "exponentBits", "must be at least 2 when the top exponent is reserved (specials 2): otherwise no normal number is left.");
    const b = bias(e);
    const topExponent = (s === 2 ? 2 ** e - 2 : 2 ** e - 1) - b;
    const significand = s === 1 ? 2 - 2 ** (1 - m) : 2 - 2 ** -m;
    const value = 2 ** topExponent * significand;
    return {
      value,
      unit: "",
      steps: () => [
        `Bias = 2^(E−1) − 1 = 2^${fmt(e - 1)} − 1 = ${fmt(b)}; special values: ${SPECIALS_TEXT[s]}.`,
        `Largest usable exponent field ${fmt(topExponent + b)}, i.e. 2^${fmt(topExponent)}; largest usable significand ${s === 1 ? `2 − 2^(1−M) = ${fmt(significand)} (the all-ones mantissa is not-a-number)` : `2 − 2^−M = ${fmt(significand)}`}.`,
        `Largest finite value = 2^${fmt(topExponent)} × ${fmt(significand)} = ${fmt(value)}.`,
      ],
    };
  },
});

/** Smallest positive (subnormal) value: 2^(1 − bias − M). */
export const FLOAT_MIN_SUBNORMAL = defineCompute({
  name: "quant.float_min_subnormal",
  title: "Smallest positive value of a small float format",
  topic: TOPIC,
  description: "Smallest positive (subnormal) value of a floating-point format with E exponent bits and M ≥ 1 mantissa bits.",
  convention: "Bias 2^(E−1) − 1; subnormals (exponent field 0) are 2^(1 − bias) × m/2^M, so the smallest positive value is 2^(1 − bias − M).",
  inputs: { exponentBits, mantissaBits: { ...mantissaBits, min: 1 } },
  outputUnit: "",
  outputLabel: "smallest positive value",
  source: "FP8 Formats for Deep Learning, arXiv 2209.05433, Table 1 (E4M3 2^−9, E5M2 2^−16)",
  run: ({ exponentBits: e, mantissaBits: m }) => {
    const b = bias(e);
    const exponent = 1 - b - m;
    const value = 2 ** exponent;
    return {
      value,
      unit: "",
      steps: () => [
        `Bias = 2^(E−1) − 1 = ${fmt(b)}; subnormals use the exponent 1 − bias = ${fmt(1 - b)} with no implicit leading 1.`,
        `The smallest non-zero mantissa is 2^−M = 2^−${fmt(m)}, so the smallest positive value is 2^(${fmt(1 - b)} − ${fmt(m)}) = 2^${fmt(exponent)} = ${fmt(value)}.`,
      ],
    };
  },
});

/** Spacing of representable values just above 1 (machine epsilon): 2^−M. */
export const FLOAT_EPSILON = defineCompute({
  name: "quant.float_epsilon",
  title: "Relative step (machine epsilon) of a float format",
  topic: TOPIC,
  description: "Gap between 1 and the next representable value: the relative precision of a format with M mantissa bits.",
  convention: "ε = 2^−M (the distance from 1 to the next larger value; rounding to nearest errs by at most ε/2 relative, for normal values).",
  inputs: { mantissaBits },
  outputUnit: "",
  outputLabel: "machine epsilon",
  source: "IEEE 754 (binary16: 10 trailing bits → 2^−10); FP8 Formats for Deep Learning, arXiv 2209.05433 (E4M3: 3, E5M2: 2 mantissa bits)",
  run: ({ mantissaBits: m }) => {
    const value = 2 ** -m;
    return { value, unit: "", steps: () => [`Between 1 and 2 there are 2^M = ${fmt(2 ** m)} evenly spaced values, so the step is 2^−${fmt(m)} = ${fmt(value)}.`] };
  },
});

export const floatMaxFinite = FLOAT_MAX_FINITE.call;
export const floatMinSubnormal = FLOAT_MIN_SUBNORMAL.call;
export const floatEpsilon = FLOAT_EPSILON.call;
