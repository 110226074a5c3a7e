import { defineCompute } from "@/lib/compute/define";
import { fmt } from "@/lib/compute/format";
import { invalidInput } from "@/lib/compute/input-specs";
import type { InputSpec } from "@/lib/compute/types";

const TOPIC = "rope" as const;
const ROFORMER = "RoFormer, arXiv 2104.09864";

export const pairIndex: InputSpec = { label: "Pair index i", unitLabel: "index", integer: true, min: 0 };
export const headDim: InputSpec = { label: "Head dimension d", unitLabel: "dimensions", integer: true, min: 2 };
// Base 1 would give every pair the same frequency; RoPE needs base > 1 so frequencies fall with i.
export const base: InputSpec = { label: "Base", unitLabel: "base", integer: false, min: 1, minExclusive: true };
export const position: InputSpec = { label: "Position m", unitLabel: "tokens", integer: true, min: 0 };

/** RoPE rotates d/2 pairs, so d must be even and i ranges over 0 … d/2 − 1. */
export function checkPair(fn: string, i: number, d: number): void {
  if (d % 2 !== 0) throw invalidInput(fn, "d", `(head dimension) must be even, since RoPE rotates pairs of dimensions; got ${d}.`);
  if (i >= d / 2) throw invalidInput(fn, "i", `(pair index) must be less than d/2 = ${d / 2} (pairs are numbered 0 … ${d / 2 - 1}); got ${i}.`);
}

export const thetaOf = (i: number, d: number, b: number) => b ** ((-2 * i) / d);
export const thetaStep = (i: number, d: number, b: number) => `θ_${i} = base^(−2i/d) = ${fmt(b)}^(−${fmt(2 * i)}/${fmt(d)}) = ${fmt(thetaOf(i, d, b))} rad per position.`;

/** θ_i = base^(−2i/d): the angle pair i turns by per position step (pair 0 turns fastest, 1 rad per token). */
export const ROPE_THETA = defineCompute({
  name: "rope.theta",
  title: "RoPE frequency θ_i",
  topic: TOPIC,
  description: "Angle by which pair i of a RoPE head is rotated per position.",
  convention: "Pairs i = 0 … d/2 − 1, θ_i = base^(−2i/d); base 10,000 in RoFormer, 500,000 in Llama 3.",
  inputs: { i: pairIndex, d: headDim, base },
  outputUnit: "rad",
  outputLabel: "angle per position",
  source: ROFORMER,
  run: ({ i, d, base: b }) => {
    checkPair("rope.theta", i, d);
    return { value: thetaOf(i, d, b), unit: "rad", steps: () => [thetaStep(i, d, b)] };
  },
});

/** Pair i of the vector at position m is rotated by m·θ_i. */
export const ROPE_ANGLE = defineCompute({
  name: "rope.angle",
  title: "RoPE rotation angle",
  topic: TOPIC,
  description: "Total angle by which pair i of the query or key at position m is rotated.",
  convention: "Angle m·θ_i in radians, not reduced modulo 2π; θ_i = base^(−2i/d).",
  inputs: { m: position, i: pairIndex, d: headDim, base },
  outputUnit: "rad",
  outputLabel: "angle",
  source: ROFORMER,
  run: ({ m, i, d, base: b }) => {
    checkPair("rope.angle", i, d);
    const value = m * thetaOf(i, d, b);
    return {
      value,
      unit: "rad",
      steps: () => [thetaStep(i, d, b), `Angle = m·θ_${i} = ${fmt(m)} × ${fmt(thetaOf(i, d, b))} = ${fmt(value)} rad (${fmt(value % (2 * Math.PI))} rad after removing whole turns).`],
    };
  },
});

/** λ_i = 2π/θ_i = 2π·base^(2i/d): how many positions pair i needs for one full turn. */
export const ROPE_WAVELENGTH = defineCompute({
  name: "rope.wavelength",
  title: "RoPE wavelength",
  topic: TOPIC,
  description: "Number of positions after which pair i has turned a full circle.",
  convention: "λ_i = 2π/θ_i tokens; 2π ≈ 6.28 for i = 0, longest for the last pair i = d/2 − 1.",
  inputs: { i: pairIndex, d: headDim, base },
  outputUnit: "",
  outputLabel: "tokens",
  source: ROFORMER,
  run: ({ i, d, base: b }) => {
    checkPair("rope.wavelength", i, d);
    const theta = thetaOf(i, d, b);
    const value = (2 * Math.PI) / theta;
    return { value, unit: "", steps: () => [thetaStep(i, d, b), `λ_${i} = 2π/θ_${i} = 6.28319 / ${fmt(theta)} = ${fmt(value)} tokens.`] };
  },
});

/**
 * Position Interpolation squeezes positions by the extension factor s, so
 * position m is rotated as if it were m/s and never leaves the trained range.
 */
export const ROPE_PI_ANGLE = defineCompute({
  name: "rope.pi_angle",
  title: "RoPE angle under Position Interpolation",
  topic: TOPIC,
  description: "Rotation angle of pair i at position m when the context is extended by a factor s with Position Interpolation.",
  convention: "Angle (m/s)·θ_i: every position is divided by the extension factor s ≥ 1; θ_i unchanged.",
  inputs: { m: position, i: pairIndex, d: headDim, base, factor: { label: "Extension factor s", unitLabel: "×", integer: false, min: 1 } },
  outputUnit: "rad",
  outputLabel: "angle",
  source: "Position Interpolation, arXiv 2306.15595",
  run: ({ m, i, d, base: b, factor }) => {
    checkPair("rope.pi_angle", i, d);
    const theta = thetaOf(i, d, b);
    const value = (m / factor) * theta;
    return {
      value,
      unit: "rad",
      steps: () => [thetaStep(i, d, b), `Interpolated position m/s = ${fmt(m)}/${fmt(factor)} = ${fmt(m / factor)}.`, `Angle = (m/s)·θ_${i} = ${fmt(m / factor)} × ${fmt(theta)} = ${fmt(value)} rad.`],
    };
  },
});

/**
 * "NTK-aware" scaling (a community method, written up in the YaRN paper) keeps
 * positions and raises the base instead: base' = base·s^(d/(d−2)). The exponent
 * is chosen so that the lowest frequency θ_{d/2−1} is divided by exactly s (like
 * Position Interpolation) while θ_0 stays 1, so the fast pairs are barely changed.
 */
export const ROPE_NTK_BASE = defineCompute({
  name: "rope.ntk_base",
  title: "NTK-aware RoPE base",
  topic: TOPIC,
  description: "New RoPE base for extending the context by a factor s with NTK-aware scaling (a community method, not from a model paper).",
  convention: "base' = base·s^(d/(d−2)); the last pair's frequency is divided by s, the first pair's is unchanged.",
  inputs: { base, factor: { label: "Extension factor s", unitLabel: "×", integer: false, min: 1 }, d: { ...headDim, min: 4 } },
  outputUnit: "",
  outputLabel: "base",
  source: "Community method (NTK-aware scaling), described in YaRN, arXiv 2309.00071",
  run: ({ base: b, factor, d }) => {
    if (d % 2 !== 0) throw invalidInput("rope.ntk_base", "d", `(head dimension) must be even, since RoPE rotates pairs of dimensions; got ${d}.`);
    const exponent = d / (d - 2);
    const value = b * factor ** exponent;
    const last = d / 2 - 1;
    return {
      value,
      unit: "",
      steps: () => [
        `Exponent d/(d−2) = ${fmt(d)}/${fmt(d - 2)} = ${fmt(exponent)}.`,
        `base' = base·s^(d/(d−2)) = ${fmt(b)} × ${fmt(factor)}^${fmt(exponent)} = ${fmt(value)}.`,
        `Check: the last pair's θ_${last} goes from ${fmt(thetaOf(last, d, b))} to ${fmt(thetaOf(last, d, value))}, i.e. divided by s = ${fmt(factor)}.`,
      ],
    };
  },
});

export const ropeTheta = ROPE_THETA.call;
export const ropeAngle = ROPE_ANGLE.call;
export const ropeWavelength = ROPE_WAVELENGTH.call;
export const ropePiAngle = ROPE_PI_ANGLE.call;
export const ropeNtkBase = ROPE_NTK_BASE.call;
