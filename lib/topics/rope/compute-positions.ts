import { defineCompute } from "@/lib/compute/define";
import { fmt, fmtOperand } from "@/lib/compute/format";
import { invalidInput, real } from "@/lib/compute/input-specs";
import type { InputSpec } from "@/lib/compute/types";
import { base, headDim, pairIndex, position, thetaOf } from "./compute";

const TOPIC = "rope" as const;

/**
 * How much faster pair i turns in a wider head: θ_i(d₂)/θ_i(d₁) = base^(2i/d₁ − 2i/d₂).
 * The exponent −2i/d moves toward 0 as d grows, so the same index turns faster.
 */
export const ROPE_THETA_RATIO = defineCompute({
  name: "rope.theta_ratio",
  title: "Same pair index, two head widths",
  topic: TOPIC,
  description: "Ratio θ_i(d₂)/θ_i(d₁) of the frequencies of pair i in heads of dimension d₂ and d₁ at the same base.",
  convention: "θ_i(d) = base^(−2i/d); ratio θ_i(d₂)/θ_i(d₁) = base^(2i/d₁ − 2i/d₂). Above 1 means pair i turns faster in the d₂ head; i must be a pair of both heads.",
  inputs: { i: pairIndex, d1: { ...headDim, label: "Head dimension d₁" }, d2: { ...headDim, label: "Head dimension d₂" }, base },
  outputUnit: "",
  outputLabel: "ratio",
  source: "RoFormer, arXiv 2104.09864 (θ_i = base^(−2i/d))",
  run: ({ i, d1, d2, base: b }) => {
    for (const [name, d] of [["d1", d1], ["d2", d2]] as const) {
      if (d % 2 !== 0) throw invalidInput("rope.theta_ratio", name, `(head dimension) must be even, since RoPE rotates pairs of dimensions; got ${d}.`);
    }
    if (i >= d2 / 2) throw invalidInput("rope.theta_ratio", "i", `(pair index) must be less than d₂/2 = ${d2 / 2}; got ${i}.`);
    if (i >= d1 / 2) throw invalidInput("rope.theta_ratio", "i", `(pair index) must be less than d₁/2 = ${d1 / 2}; got ${i}.`);
    const t1 = thetaOf(i, d1, b);
    const t2 = thetaOf(i, d2, b);
    const exponent = (2 * i) / d1 - (2 * i) / d2;
    const value = b ** exponent;
    return {
      value,
      unit: "",
      steps: () => [
        `θ_${i}(d₁ = ${fmt(d1)}) = ${fmt(b)}^(−${fmt(2 * i)}/${fmt(d1)}) = ${fmt(t1)}; θ_${i}(d₂ = ${fmt(d2)}) = ${fmt(b)}^(−${fmt(2 * i)}/${fmt(d2)}) = ${fmt(t2)}.`,
        `Ratio = base^(2i/d₁ − 2i/d₂) = ${fmt(b)}^${fmtOperand(exponent)} = ${fmt(value)}.`,
      ],
    };
  },
});

/**
 * One RoPE pair: q at position m rotated by mθ, k at position n by nθ, then the
 * dot product. It equals q·k only when (m − n)θ is a whole number of turns.
 */
export const ROPE_PAIR_SCORE = defineCompute({
  name: "rope.pair_score",
  title: "Dot product of one rotated pair",
  topic: TOPIC,
  description: "Contribution of one RoPE pair to q_m·k_n: both 2-D vectors rotated by their positions times θ, then multiplied.",
  convention:
    "Rotation by +angle (counter-clockwise): R(a)·(x, y) = (x cos a − y sin a, x sin a + y cos a); q rotated by m·θ, k by n·θ; result = (q·k)·cos((m−n)θ) + (q₀k₁ − q₁k₀)·sin((m−n)θ).",
  inputs: {
    q0: real("Query component q₀", "value"),
    q1: real("Query component q₁", "value"),
    k0: real("Key component k₀", "value"),
    k1: real("Key component k₁", "value"),
    m: { ...position, label: "Query position m" },
    n: { ...position, label: "Key position n" },
    theta: { label: "Frequency θ", unitLabel: "rad per position", integer: false, min: 0 },
  },
  outputUnit: "",
  outputLabel: "score",
  source: "RoFormer, arXiv 2104.09864, §3.2 (the 2-D case)",
  run: ({ q0, q1, k0, k1, m, n, theta }) => {
    const a = m * theta;
    const b = n * theta;
    const qr = [q0 * Math.cos(a) - q1 * Math.sin(a), q0 * Math.sin(a) + q1 * Math.cos(a)] as const;
    const kr = [k0 * Math.cos(b) - k1 * Math.sin(b), k0 * Math.sin(b) + k1 * Math.cos(b)] as const;
    const value = qr[0] * kr[0] + qr[1] * kr[1];
    const plain = q0 * k0 + q1 * k1;
    return {
      value,
      unit: "",
      steps: () => [
        `Before rotation q·k = ${fmt(q0)}×${fmtOperand(k0)} + ${fmtOperand(q1)}×${fmtOperand(k1)} = ${fmt(plain)}.`,
        `q rotated by m·θ = ${fmt(a)} rad: (${fmt(qr[0])}, ${fmt(qr[1])}); k rotated by n·θ = ${fmt(b)} rad: (${fmt(kr[0])}, ${fmt(kr[1])}).`,
        `q_m·k_n = ${fmt(value)} = (q·k)·cos((m−n)θ) + (q₀k₁ − q₁k₀)·sin((m−n)θ), with (m − n)θ = ${fmt((m - n) * theta)} rad: only the offset matters.`,
      ],
    };
  },
});

/** Attention Is All You Need §3.5: PE(pos, 2i) = sin(pos/10000^(2i/d)), PE(pos, 2i+1) = cos(same). */
export const ROPE_SINUSOIDAL_PE = defineCompute({
  name: "rope.sinusoidal_pe",
  title: "Sinusoidal position encoding value",
  topic: TOPIC,
  description: "Component j of the original Transformer's sinusoidal position encoding at position pos.",
  convention: "Dimensions j = 0 … d−1; even j = 2i uses sin(pos/10000^(2i/d)), odd j = 2i+1 uses cos(pos/10000^(2i/d)); angles in radians.",
  inputs: { pos: { ...position, label: "Position pos" }, j: { label: "Dimension j", unitLabel: "index", integer: true, min: 0 }, d: { ...headDim, label: "Model dimension d_model" } },
  outputUnit: "",
  outputLabel: "encoding value",
  source: "Attention Is All You Need, arXiv 1706.03762, §3.5",
  run: ({ pos, j, d }) => {
    if (d % 2 !== 0) throw invalidInput("rope.sinusoidal_pe", "d", `(model dimension) must be even, since dimensions come in sin/cos pairs; got ${d}.`);
    if (j >= d) throw invalidInput("rope.sinusoidal_pe", "j", `(dimension) must be less than d = ${d}; got ${j}.`);
    const i = Math.floor(j / 2);
    const angle = pos / 10000 ** ((2 * i) / d);
    const even = j % 2 === 0;
    const value = even ? Math.sin(angle) : Math.cos(angle);
    return {
      value,
      unit: "",
      steps: () => [
        `j = ${fmt(j)} is ${even ? `even (2i with i = ${fmt(i)}): sin` : `odd (2i+1 with i = ${fmt(i)}): cos`}.`,
        `Angle = pos/10000^(2i/d) = ${fmt(pos)}/10000^(${fmt(2 * i)}/${fmt(d)}) = ${fmt(angle)} rad.`,
        `PE = ${even ? "sin" : "cos"}(${fmt(angle)}) = ${fmt(value)}.`,
      ],
    };
  },
});

/** The official ALiBi slopes (get_slopes in ofirpress/attention_with_linear_biases), 1-indexed. */
function alibiSlopes(n: number): number[] {
  const powerOf2 = (k: number) => {
    const start = 2 ** (-8 / k);
    return Array.from({ length: k }, (_, h) => start ** (h + 1));
  };
  if (Number.isInteger(Math.log2(n))) return powerOf2(n);
  const closest = 2 ** Math.floor(Math.log2(n));
  return [...powerOf2(closest), ...alibiSlopes(2 * closest).filter((_, idx) => idx % 2 === 0).slice(0, n - closest)];
}

const heads: InputSpec = { label: "Number of heads n", unitLabel: "heads", integer: true, min: 1, max: 1024 };
const head: InputSpec = { label: "Head h (1 … n)", unitLabel: "index", integer: true, min: 1 };

function slopeOf(fn: string, h: number, n: number): number {
  if (h > n) throw invalidInput(fn, "h", `(head) must be at most the number of heads n = ${n} (heads are numbered 1 … n); got ${h}.`);
  return alibiSlopes(n)[h - 1]!;
}

const slopeStep = (h: number, n: number, slope: number) =>
  Number.isInteger(Math.log2(n))
    ? `Slope m_${h} = 2^(−8h/n) = 2^(−8×${fmt(h)}/${fmt(n)}) = ${fmt(slope)} (a geometric sequence starting at 2^(−8/n) = ${fmt(2 ** (-8 / n))}, same ratio).`
    : `n = ${fmt(n)} is not a power of 2: the first ${fmt(2 ** Math.floor(Math.log2(n)))} slopes are those of ${fmt(2 ** Math.floor(Math.log2(n)))} heads, the rest every other slope of ${fmt(2 ** (Math.floor(Math.log2(n)) + 1))} heads; m_${h} = ${fmt(slope)}.`;

const ALIBI_SOURCE = "ALiBi, arXiv 2108.12409, §3; get_slopes in the authors' code (ofirpress/attention_with_linear_biases)";

/** Head h's ALiBi slope: for n a power of 2, 2^(−8h/n). */
export const ROPE_ALIBI_SLOPE = defineCompute({
  name: "rope.alibi_slope",
  title: "ALiBi slope of head h",
  topic: TOPIC,
  description: "The fixed, non-learned slope m of head h among n heads under ALiBi.",
  convention: "Heads numbered h = 1 … n; for n a power of 2, m_h = 2^(−8h/n); otherwise the authors' interleaving rule for non-powers of 2.",
  inputs: { h: head, n: heads },
  outputUnit: "",
  outputLabel: "slope",
  source: ALIBI_SOURCE,
  run: ({ h, n }) => {
    const value = slopeOf("rope.alibi_slope", h, n);
    return { value, unit: "", steps: () => [slopeStep(h, n, value)] };
  },
});

/** The bias ALiBi adds to the logit of a key `distance` positions before the query. */
export const ROPE_ALIBI_BIAS = defineCompute({
  name: "rope.alibi_bias",
  title: "ALiBi bias for a key k positions back",
  topic: TOPIC,
  description: "The bias −m_h·k added to head h's attention logit for a key k positions before the query.",
  convention: "Bias = −m_h·k with k = i − j ≥ 0 (0 for the query's own position); m_h as in rope.alibi_slope; added to q·k before the softmax.",
  inputs: { h: head, n: heads, distance: { label: "Distance k = i − j", unitLabel: "tokens", integer: true, min: 0 } },
  outputUnit: "",
  outputLabel: "logit bias",
  source: ALIBI_SOURCE,
  run: ({ h, n, distance }) => {
    const slope = slopeOf("rope.alibi_bias", h, n);
    const value = distance === 0 ? 0 : -slope * distance;
    return { value, unit: "", steps: () => [slopeStep(h, n, slope), `Bias = −m·k = −${fmt(slope)} × ${fmt(distance)} = ${fmt(value)}.`] };
  },
});

/** Partial RoPE: only the first fraction of each head's dimensions is rotated (GPT-NeoX rotary_pct, transformers partial_rotary_factor). */
export const ROPE_PARTIAL_DIMS = defineCompute({
  name: "rope.partial_rotary_dims",
  title: "Rotated dimensions under partial RoPE",
  topic: TOPIC,
  description: "How many dimensions of each query/key head are rotated when RoPE covers only a fraction of them.",
  convention: "Rotated dimensions = int(d × fraction), as GPT-NeoX (rotary_pct) and transformers (partial_rotary_factor) compute it; the rest pass through unrotated.",
  inputs: { d: headDim, fraction: { label: "Rotary fraction", unitLabel: "share of dimensions", integer: false, min: 0, minExclusive: true, max: 1 } },
  outputUnit: "",
  outputLabel: "dimensions",
  source: "GPT-NeoX-20B, arXiv 2204.06745 (rotary embeddings on the first 25% of dimensions); config rotary_pct",
  run: ({ d, fraction }) => {
    const value = Math.floor(d * fraction);
    return {
      value,
      unit: "",
      steps: () => [`Rotated dimensions = int(d × fraction) = int(${fmt(d)} × ${fmt(fraction)}) = ${fmt(value)} (${fmt(Math.floor(value / 2))} pairs); the other ${fmt(d - value)} are not rotated.`],
    };
  },
});

export const ropeThetaRatio = ROPE_THETA_RATIO.call;
export const ropePairScore = ROPE_PAIR_SCORE.call;
export const ropeSinusoidalPe = ROPE_SINUSOIDAL_PE.call;
export const ropeAlibiSlope = ROPE_ALIBI_SLOPE.call;
export const ropeAlibiBias = ROPE_ALIBI_BIAS.call;
export const ropePartialDims = ROPE_PARTIAL_DIMS.call;
