import { defineCompute } from "@/lib/compute/define";
import { fmt } from "@/lib/compute/format";
import { invalidInput } from "@/lib/compute/input-specs";
import type { InputSpec } from "@/lib/compute/types";
import { base, checkPair, headDim, pairIndex, thetaOf, thetaStep } from "./compute";

const TOPIC = "rope" as const;
const YARN = "YaRN, arXiv 2309.00071";
const HF = "Hugging Face transformers, modeling_rope_utils.py";

const factor: InputSpec = { label: "Scale factor s", unitLabel: "×", integer: false, min: 1 };
const originalContext: InputSpec = { label: "Original (pre-training) context L", unitLabel: "tokens", integer: true, min: 1 };
const TWO_PI = 2 * Math.PI;

/** The ramp γ(r) of YaRN's Eq. 18: 0 below α, 1 above β, linear in between. */
function ramp(r: number, alpha: number, beta: number): number {
  if (r < alpha) return 0;
  if (r > beta) return 1;
  return (r - alpha) / (beta - alpha);
}

/**
 * "NTK-by-parts" (YaRN §3.2, Eq. 17–20), the frequency part of YaRN: pairs whose
 * wavelength is long compared with the original context are interpolated like
 * Position Interpolation (θ/s), short ones are left alone, a linear ramp between.
 */
export const ROPE_YARN_THETA = defineCompute({
  name: "rope.yarn_theta",
  title: "YaRN (NTK-by-parts) frequency of pair i",
  topic: TOPIC,
  description: "Frequency of RoPE pair i after YaRN's per-frequency interpolation with scale factor s.",
  convention:
    "r = L/λ_i with λ_i = 2π/θ_i; γ = 0 if r < α, 1 if r > β, else (r − α)/(β − α); θ'_i = (1 − γ)·θ_i/s + γ·θ_i (the paper's continuous ramp; transformers rounds the ramp's ends to whole dimensions). α = 1, β = 32 for Llama.",
  inputs: {
    i: pairIndex,
    d: headDim,
    base,
    s: factor,
    L: originalContext,
    alpha: { label: "Ramp start α", unitLabel: "ratio L/λ", integer: false, min: 0, minExclusive: true },
    beta: { label: "Ramp end β", unitLabel: "ratio L/λ", integer: false, min: 0, minExclusive: true },
  },
  outputUnit: "rad",
  outputLabel: "angle per position",
  source: `${YARN}, §3.2 (Eq. 17–20)`,
  run: ({ i, d, base: b, s, L, alpha, beta }) => {
    checkPair("rope.yarn_theta", i, d);
    if (beta <= alpha) throw invalidInput("rope.yarn_theta", "beta", `(ramp end) must be greater than α = ${alpha}; got ${beta}.`);
    const theta = thetaOf(i, d, b);
    const lambda = TWO_PI / theta;
    const r = L / lambda;
    const gamma = ramp(r, alpha, beta);
    const value = ((1 - gamma) * theta) / s + gamma * theta;
    return {
      value,
      unit: "rad",
      steps: () => [
        thetaStep(i, d, b),
        `Wavelength λ_${i} = 2π/θ_${i} = ${fmt(lambda)} tokens; r = L/λ = ${fmt(L)}/${fmt(lambda)} = ${fmt(r)}.`,
        r < alpha
          ? `r < α = ${fmt(alpha)}: γ = 0, the pair is interpolated like Position Interpolation.`
          : r > beta
            ? `r > β = ${fmt(beta)}: γ = 1, the pair is left unchanged.`
            : `α ≤ r ≤ β: γ = (r − α)/(β − α) = (${fmt(r)} − ${fmt(alpha)})/(${fmt(beta)} − ${fmt(alpha)}) = ${fmt(gamma)}.`,
        `θ' = (1 − γ)·θ/s + γ·θ = ${fmt(1 - gamma)} × ${fmt(theta)}/${fmt(s)} + ${fmt(gamma)} × ${fmt(theta)} = ${fmt(value)} rad per position.`,
      ],
    };
  },
});

const mscale = (s: number) => 0.1 * Math.log(s) + 1;

/** YaRN Eq. 22: √(1/t) = 0.1·ln s + 1, the factor applied to each of q and k (transformers' attention_factor). */
export const ROPE_YARN_MSCALE = defineCompute({
  name: "rope.yarn_mscale",
  title: "YaRN attention factor √(1/t)",
  topic: TOPIC,
  description: "The factor √(1/t) by which YaRN scales both the query and the key (through the RoPE cos/sin tables).",
  convention: "√(1/t) = 0.1·ln(s) + 1 with the natural logarithm; recommended for LLaMA and Llama 2. It multiplies q and k each, so the logits get its square 1/t.",
  inputs: { s: factor },
  outputUnit: "",
  outputLabel: "scale factor",
  source: `${YARN}, §3.4 (Eq. 22)`,
  run: ({ s }) => {
    const value = mscale(s);
    return { value, unit: "", steps: () => [`√(1/t) = 0.1·ln(s) + 1 = 0.1 × ln(${fmt(s)}) + 1 = 0.1 × ${fmt(Math.log(s))} + 1 = ${fmt(value)}.`] };
  },
});

/** 1/t = (0.1·ln s + 1)²: q and k are each scaled by √(1/t), so their dot product by 1/t. */
export const ROPE_YARN_LOGIT_SCALE = defineCompute({
  name: "rope.yarn_logit_scale",
  title: "YaRN attention-logit scale 1/t",
  topic: TOPIC,
  description: "The factor by which YaRN multiplies the attention logits q·k/√d before the softmax.",
  convention: "1/t = (0.1·ln(s) + 1)²: the logits are divided by the temperature t, i.e. multiplied by 1/t; natural logarithm.",
  inputs: { s: factor },
  outputUnit: "",
  outputLabel: "scale factor",
  source: `${YARN}, §3.4 (Eq. 21–22)`,
  run: ({ s }) => {
    const root = mscale(s);
    const value = root * root;
    return {
      value,
      unit: "",
      steps: () => [
        `√(1/t) = 0.1·ln(s) + 1 = 0.1 × ln(${fmt(s)}) + 1 = ${fmt(root)} (applied to q and to k).`,
        `The logit q·k is scaled by the product: 1/t = (√(1/t))² = ${fmt(root)}² = ${fmt(value)}.`,
      ],
    };
  },
});

/**
 * Dynamic NTK scaling as transformers implements it ("dynamic" rope_type): the
 * NTK-aware base change with a factor that grows with the current length l.
 */
export const ROPE_DYNAMIC_NTK_BASE = defineCompute({
  name: "rope.dynamic_ntk_base",
  title: "Dynamic NTK base at the current length",
  topic: TOPIC,
  description: "RoPE base used by dynamic NTK scaling when the sequence has l tokens.",
  convention:
    "l* = max(l, L); base' = base·(s·l*/L − (s − 1))^(d/(d−2)) (transformers' _compute_dynamic_ntk_parameters, L = max_position_embeddings); unchanged up to L.",
  inputs: {
    base,
    s: factor,
    d: { ...headDim, min: 4 },
    L: originalContext,
    l: { label: "Current sequence length l", unitLabel: "tokens", integer: true, min: 1 },
  },
  outputUnit: "",
  outputLabel: "base",
  source: `${HF} (_compute_dynamic_ntk_parameters); community method described in ${YARN}, §3.3`,
  run: ({ base: b, s, d, L, l }) => {
    if (d % 2 !== 0) throw invalidInput("rope.dynamic_ntk_base", "d", `(head dimension) must be even, since RoPE rotates pairs of dimensions; got ${d}.`);
    const len = Math.max(l, L);
    const effective = (s * len) / L - (s - 1);
    const exponent = d / (d - 2);
    const value = b * effective ** exponent;
    return {
      value,
      unit: "",
      steps: () => [
        l > L ? `l = ${fmt(l)} exceeds L = ${fmt(L)}, so the base grows.` : `l = ${fmt(l)} ≤ L = ${fmt(L)}: l is taken as L and the base stays as it is.`,
        `Effective factor s·l/L − (s − 1) = ${fmt(s)} × ${fmt(len)}/${fmt(L)} − ${fmt(s - 1)} = ${fmt(effective)}.`,
        `base' = base × ${fmt(effective)}^(d/(d−2)) = ${fmt(b)} × ${fmt(effective)}^${fmt(exponent)} = ${fmt(value)}.`,
      ],
    };
  },
});

const llama3Inputs = {
  i: pairIndex,
  d: headDim,
  base,
  factor: { label: "Scaling factor", unitLabel: "×", integer: false, min: 1 },
  lowFreqFactor: { label: "low_freq_factor", unitLabel: "ratio", integer: false, min: 0, minExclusive: true },
  highFreqFactor: { label: "high_freq_factor", unitLabel: "ratio", integer: false, min: 0, minExclusive: true },
  originalContext,
} satisfies Record<string, InputSpec>;
type Llama3Inputs = Record<keyof typeof llama3Inputs, number>;

/** transformers' _compute_llama3_parameters for one pair, with the worked steps. */
function llama3(fn: string, x: Llama3Inputs): { theta: number; scaled: number; steps: string[] } {
  checkPair(fn, x.i, x.d);
  if (x.highFreqFactor <= x.lowFreqFactor) {
    throw invalidInput(fn, "highFreqFactor", `(high_freq_factor) must be greater than low_freq_factor = ${x.lowFreqFactor}; got ${x.highFreqFactor}.`);
  }
  const theta = thetaOf(x.i, x.d, x.base);
  const wavelen = TWO_PI / theta;
  const lowFreqWavelen = x.originalContext / x.lowFreqFactor;
  const highFreqWavelen = x.originalContext / x.highFreqFactor;
  const steps = [thetaStep(x.i, x.d, x.base), `Wavelength 2π/θ = ${fmt(wavelen)} tokens; thresholds L/low = ${fmt(lowFreqWavelen)}, L/high = ${fmt(highFreqWavelen)}.`];
  let scaled: number;
  if (wavelen < highFreqWavelen) {
    scaled = theta;
    steps.push(`${fmt(wavelen)} < ${fmt(highFreqWavelen)}: high frequency, left unchanged: θ' = ${fmt(scaled)}.`);
  } else if (wavelen > lowFreqWavelen) {
    scaled = theta / x.factor;
    steps.push(`${fmt(wavelen)} > ${fmt(lowFreqWavelen)}: low frequency, divided by the factor: θ' = ${fmt(theta)}/${fmt(x.factor)} = ${fmt(scaled)}.`);
  } else {
    const smooth = (x.originalContext / wavelen - x.lowFreqFactor) / (x.highFreqFactor - x.lowFreqFactor);
    scaled = ((1 - smooth) * theta) / x.factor + smooth * theta;
    steps.push(
      `In between: smooth = (L/λ − low)/(high − low) = (${fmt(x.originalContext / wavelen)} − ${fmt(x.lowFreqFactor)})/${fmt(x.highFreqFactor - x.lowFreqFactor)} = ${fmt(smooth)}.`,
      `θ' = (1 − smooth)·θ/factor + smooth·θ = ${fmt(1 - smooth)} × ${fmt(theta)}/${fmt(x.factor)} + ${fmt(smooth)} × ${fmt(theta)} = ${fmt(scaled)}.`,
    );
  }
  return { theta, scaled, steps };
}

const LLAMA3_CONVENTION =
  "transformers' \"llama3\" rope type: λ = 2π/θ_i; λ < L/high_freq_factor unchanged; λ > L/low_freq_factor divided by factor; otherwise θ' = (1 − s)·θ/factor + s·θ with s = (L/λ − low)/(high − low). Llama 3.1: factor 8, low 1, high 4, L = 8192.";

/** Llama 3.1's "llama3" rope scaling: the frequency of pair i after scaling. */
export const ROPE_LLAMA3_THETA = defineCompute({
  name: "rope.llama3_theta",
  title: "Llama 3.1 (\"llama3\") scaled frequency of pair i",
  topic: TOPIC,
  description: "Frequency of RoPE pair i after Llama 3.1's \"llama3\" rope scaling.",
  convention: LLAMA3_CONVENTION,
  inputs: llama3Inputs,
  outputUnit: "rad",
  outputLabel: "angle per position",
  source: `${HF} (_compute_llama3_parameters); Llama 3.1 config.json rope_scaling`,
  run: (x) => {
    const { scaled, steps } = llama3("rope.llama3_theta", x);
    return { value: scaled, unit: "rad", steps: () => steps };
  },
});

/** The same scaling read as a wavelength: how many positions pair i now needs for a full turn. */
export const ROPE_LLAMA3_WAVELENGTH = defineCompute({
  name: "rope.llama3_wavelength",
  title: "Llama 3.1 (\"llama3\") scaled wavelength of pair i",
  topic: TOPIC,
  description: "Wavelength 2π/θ'_i of RoPE pair i after Llama 3.1's \"llama3\" rope scaling.",
  convention: `${LLAMA3_CONVENTION} Wavelength λ' = 2π/θ' tokens.`,
  inputs: llama3Inputs,
  outputUnit: "",
  outputLabel: "tokens",
  source: `${HF} (_compute_llama3_parameters); Llama 3.1 config.json rope_scaling`,
  run: (x) => {
    const { scaled, steps } = llama3("rope.llama3_wavelength", x);
    const value = TWO_PI / scaled;
    return { value, unit: "", steps: () => [...steps, `New wavelength λ' = 2π/θ' = 6.28319/${fmt(scaled)} = ${fmt(value)} tokens.`] };
  },
});

export const ropeYarnTheta = ROPE_YARN_THETA.call;
export const ropeYarnMscale = ROPE_YARN_MSCALE.call;
export const ropeYarnLogitScale = ROPE_YARN_LOGIT_SCALE.call;
export const ropeDynamicNtkBase = ROPE_DYNAMIC_NTK_BASE.call;
export const ropeLlama3Theta = ROPE_LLAMA3_THETA.call;
export const ropeLlama3Wavelength = ROPE_LLAMA3_WAVELENGTH.call;
