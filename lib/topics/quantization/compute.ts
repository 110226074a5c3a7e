import { defineCompute } from "@/lib/compute/define";
import { fmt, fmtBytes, fmtOperand } from "@/lib/compute/format";
import { count, invalidInput, positive, real } from "@/lib/compute/input-specs";
import { roundHalfEven } from "@/lib/compute/round-half-even";
import type { InputSpec } from "@/lib/compute/types";

const TOPIC = "quantization" as const;

const bitsPerWeight = (label: string): InputSpec => ({ label, unitLabel: "bits", integer: false, min: 0, minExclusive: true, max: 64 });
// Symmetric codes need 2^(b−1) − 1 ≥ 1, so at least 2 bits; 32 covers every integer format in use.
const symBits: InputSpec = { label: "Bits", unitLabel: "bits", integer: true, min: 2, max: 32 };
const asymBits: InputSpec = { label: "Bits", unitLabel: "bits", integer: true, min: 1, max: 32 };
// The range must contain 0 (as PyTorch's observers enforce) so that 0 is exactly representable and the zero point is a valid code.
const rangeMin: InputSpec = { label: "Range minimum", unitLabel: "value", integer: false, max: 0 };
const rangeMax: InputSpec = { label: "Range maximum", unitLabel: "value", integer: false, min: 0 };

const ROUNDING = "round() rounds halves to the even integer (2.5 → 2, −2.5 → −2), as torch.round and numpy.round do.";

/** Weights only: params × bits / 8 bytes (no KV cache, activations, or per-group scales unless counted in the bits). */
export const WEIGHT_BYTES = defineCompute({
  name: "quant.weight_bytes",
  title: "Weight memory",
  topic: TOPIC,
  description: "Bytes needed to store a model's weights at a given number of bits per weight.",
  convention: "Weights only: params × bits / 8. No KV cache or activations; use an effective bits-per-weight (e.g. 4.125) to include scales.",
  inputs: { params: count("Parameters", "parameters"), bits: bitsPerWeight("Bits per weight") },
  outputUnit: "B",
  outputLabel: "memory",
  source: "Bytes = parameters × bits / 8, as LLM.int8() counts 16-bit and 8-bit weights, arXiv 2208.07339",
  run: ({ params, bits }) => {
    const value = (params * bits) / 8;
    return { value, unit: "B", steps: () => [`${fmt(params)} parameters × ${fmt(bits)} bits / 8 bits per byte = ${fmtBytes(value)}.`] };
  },
});

/** Each group of g weights stores its own scale (and zero point): b + (scale_bits + zero_bits)/g bits per weight. */
export const GROUPWISE_BITS = defineCompute({
  name: "quant.groupwise_bits_per_weight",
  title: "Bits per weight with group-wise scales",
  topic: TOPIC,
  description: "Effective storage per weight when every group of g weights carries its own scale and, optionally, zero point.",
  convention: "b + (scale_bits + zero_bits)/g; set zero_bits to 0 for symmetric quantization.",
  inputs: {
    bits: { ...asymBits, label: "Bits per quantized weight" },
    groupSize: count("Group size g", "weights"),
    scaleBits: count("Scale bits", "bits", 0),
    zeroBits: count("Zero-point bits", "bits", 0),
  },
  outputUnit: "b",
  outputLabel: "bits per weight",
  source: "GPTQ grouping, arXiv 2210.17323; llama.cpp Q8_0/Q4_0 blocks (one FP16 scale per 32 weights)",
  run: ({ bits, groupSize, scaleBits, zeroBits }) => {
    const overhead = (scaleBits + zeroBits) / groupSize;
    const value = bits + overhead;
    return {
      value,
      unit: "b",
      steps: () => [
        `Each group of ${fmt(groupSize)} weights shares ${fmt(scaleBits)} scale bits + ${fmt(zeroBits)} zero-point bits = ${fmt(scaleBits + zeroBits)} bits.`,
        `Overhead per weight: ${fmt(scaleBits + zeroBits)}/${fmt(groupSize)} = ${fmt(overhead)} bits; total ${fmt(bits)} + ${fmt(overhead)} = ${fmt(value)} bits per weight.`,
      ],
    };
  },
});

const absmaxStep = (maxAbs: number, bits: number) => {
  const qmax = 2 ** (bits - 1) - 1;
  return { qmax, delta: maxAbs / qmax, line: `Largest code 2^(b−1) − 1 = 2^${fmt(bits - 1)} − 1 = ${fmt(qmax)}; Δ = max|x| / ${fmt(qmax)} = ${fmt(maxAbs)} / ${fmt(qmax)} = ${fmt(maxAbs / qmax)}.` };
};

/** Symmetric (absmax) step Δ = max|x| / (2^(b−1) − 1): the codes are symmetric, ±127 for INT8 (−128 unused). */
export const ABSMAX_SCALE = defineCompute({
  name: "quant.absmax_scale",
  title: "Absmax (symmetric) scale",
  topic: TOPIC,
  description: "Step size Δ of symmetric quantization: the value one integer code stands for.",
  convention: "Δ = max|x| / (2^(b−1) − 1), codes −(2^(b−1) − 1) … 2^(b−1) − 1 (INT8: ±127).",
  inputs: { maxAbs: positive("Largest absolute value max|x|", "value"), bits: symBits },
  outputUnit: "",
  outputLabel: "step Δ",
  source: "LLM.int8(), arXiv 2208.07339",
  run: ({ maxAbs, bits }) => {
    const { delta, line } = absmaxStep(maxAbs, bits);
    return { value: delta, unit: "", steps: () => [line] };
  },
});

/** q = clamp(round(x/Δ), −(2^(b−1) − 1), 2^(b−1) − 1), ties to even. */
export const QUANTIZE_ABSMAX = defineCompute({
  name: "quant.quantize_absmax",
  title: "Absmax (symmetric) quantization of a value",
  topic: TOPIC,
  description: "Integer code of a value x under symmetric quantization with the given max|x| and bits.",
  convention: `Δ = max|x| / (2^(b−1) − 1), q = clamp(round(x/Δ), −(2^(b−1) − 1), 2^(b−1) − 1); ${ROUNDING}`,
  inputs: { x: real("Value x", "value"), maxAbs: positive("Largest absolute value max|x|", "value"), bits: symBits },
  outputUnit: "",
  outputLabel: "integer code",
  source: "LLM.int8(), arXiv 2208.07339",
  run: ({ x, maxAbs, bits }) => {
    const { qmax, delta, line } = absmaxStep(maxAbs, bits);
    const scaled = x / delta;
    const rounded = roundHalfEven(scaled);
    const value = Math.min(qmax, Math.max(-qmax, rounded));
    return {
      value,
      unit: "",
      steps: () => [
        line,
        `x/Δ = ${fmt(x)}/${fmt(delta)} = ${fmt(scaled)}; rounded (ties to even): ${fmt(rounded)}.`,
        rounded === value ? `${fmt(value)} is within ±${fmt(qmax)}, so q = ${fmt(value)}.` : `${fmt(rounded)} is outside ±${fmt(qmax)}: clamped to q = ${fmt(value)}.`,
        `Dequantized: q·Δ = ${fmt(value)} × ${fmt(delta)} = ${fmt(value * delta)} (rounding error ${fmt(value * delta - x)}).`,
      ],
    };
  },
});

function checkRange(fn: string, min: number, max: number): void {
  if (max <= min) throw invalidInput(fn, "max", `(range maximum) must be greater than the range minimum ${min}; got ${max}.`);
}

const asymScaleStep = (min: number, max: number, bits: number) => {
  const levels = 2 ** bits - 1;
  const scale = (max - min) / levels;
  return { levels, scale, line: `scale = (max − min)/(2^b − 1) = (${fmt(max)} − ${fmtOperand(min)})/${fmt(levels)} = ${fmt(scale)}.` };
};

/** Asymmetric (zero-point) scale = (max − min)/(2^b − 1): codes 0 … 2^b − 1 span the whole range. */
export const ASYM_SCALE = defineCompute({
  name: "quant.asym_scale",
  title: "Asymmetric (zero-point) scale",
  topic: TOPIC,
  description: "Step size of asymmetric quantization, whose codes 0 … 2^b − 1 cover [min, max].",
  convention: "scale = (max − min)/(2^b − 1); the range must contain 0.",
  inputs: { min: rangeMin, max: rangeMax, bits: asymBits },
  outputUnit: "",
  outputLabel: "scale",
  source: "Jacob et al., Quantization and Training of Neural Networks for Efficient Integer-Arithmetic-Only Inference, arXiv 1712.05877 (r = S(q − Z))",
  run: ({ min, max, bits }) => {
    checkRange("quant.asym_scale", min, max);
    const { scale, line } = asymScaleStep(min, max, bits);
    return { value: scale, unit: "", steps: () => [line] };
  },
});

/** zero_point = round(−min/scale): the code that stands for the real value 0. */
export const ASYM_ZERO_POINT = defineCompute({
  name: "quant.asym_zero_point",
  title: "Asymmetric zero point",
  topic: TOPIC,
  description: "Integer code that represents the real value 0 under asymmetric quantization.",
  convention: `scale = (max − min)/(2^b − 1), zero_point = round(−min/scale); ${ROUNDING}`,
  inputs: { min: rangeMin, max: rangeMax, bits: asymBits },
  outputUnit: "",
  outputLabel: "zero point",
  source: "Jacob et al., Quantization and Training of Neural Networks for Efficient Integer-Arithmetic-Only Inference, arXiv 1712.05877 (r = S(q − Z))",
  run: ({ min, max, bits }) => {
    checkRange("quant.asym_zero_point", min, max);
    const { scale, line } = asymScaleStep(min, max, bits);
    const value = roundHalfEven(-min / scale);
    return { value, unit: "", steps: () => [line, `zero_point = round(−min/scale) = round(${fmt(-min)}/${fmt(scale)}) = round(${fmt(-min / scale)}) = ${fmt(value)}.`] };
  },
});

/** q = clamp(round(x/scale) + zero_point, 0, 2^b − 1). */
export const QUANTIZE_ASYM = defineCompute({
  name: "quant.quantize_asym",
  title: "Asymmetric quantization of a value",
  topic: TOPIC,
  description: "Integer code of a value x under asymmetric (zero-point) quantization of the range [min, max].",
  convention: `q = clamp(round(x/scale) + zero_point, 0, 2^b − 1); ${ROUNDING}`,
  inputs: { x: real("Value x", "value"), min: rangeMin, max: rangeMax, bits: asymBits },
  outputUnit: "",
  outputLabel: "integer code",
  source: "Jacob et al., Quantization and Training of Neural Networks for Efficient Integer-Arithmetic-Only Inference, arXiv 1712.05877 (r = S(q − Z))",
  run: ({ x, min, max, bits }) => {
    checkRange("quant.quantize_asym", min, max);
    const { levels, scale, line } = asymScaleStep(min, max, bits);
    const zero = roundHalfEven(-min / scale);
    const shifted = roundHalfEven(x / scale) + zero;
    const value = Math.min(levels, Math.max(0, shifted));
    return {
      value,
      unit: "",
      steps: () => [
        line,
        `zero_point = round(${fmt(-min / scale)}) = ${fmt(zero)}.`,
        `round(x/scale) + zero_point = round(${fmt(x / scale)}) + ${fmt(zero)} = ${fmt(shifted)}.`,
        shifted === value ? `${fmt(value)} is within 0 … ${fmt(levels)}, so q = ${fmt(value)}.` : `${fmt(shifted)} is outside 0 … ${fmt(levels)}: clamped to q = ${fmt(value)}.`,
      ],
    };
  },
});

/**
 * QLoRA double quantization: the FP32 absmax constant of each block of B
 * weights is itself quantized to 8 bits, in blocks of B₂ constants that each
 * keep one FP32 constant: 8/B + 32/(B·B₂) bits per parameter.
 */
export const NF4_DOUBLE_QUANT_BITS = defineCompute({
  name: "quant.nf4_double_quant_bits",
  title: "QLoRA quantization-constant overhead",
  topic: TOPIC,
  description: "Bits per parameter spent on quantization constants with QLoRA's double quantization.",
  convention: "8-bit first-level constants per block of B weights, FP32 second-level constants per block of B₂ constants: 8/B + 32/(B·B₂).",
  inputs: { blockSize: count("Weight block size B", "weights"), blockSize2: count("Constant block size B₂", "constants") },
  outputUnit: "b",
  outputLabel: "bits per parameter",
  source: "QLoRA, arXiv 2305.14314",
  run: ({ blockSize, blockSize2 }) => {
    const value = 8 / blockSize + 32 / (blockSize * blockSize2);
    return {
      value,
      unit: "b",
      steps: () => [
        `Without double quantization: one FP32 constant per ${fmt(blockSize)} weights = 32/${fmt(blockSize)} = ${fmt(32 / blockSize)} bits per parameter.`,
        `With it: 8/${fmt(blockSize)} + 32/(${fmt(blockSize)}·${fmt(blockSize2)}) = ${fmt(8 / blockSize)} + ${fmt(32 / (blockSize * blockSize2))} = ${fmt(value)} bits per parameter.`,
      ],
    };
  },
});

/** NF4 weights (4 bits) plus the double-quantized constants. */
export const NF4_TOTAL_BITS = defineCompute({
  name: "quant.nf4_total_bits_per_param",
  title: "QLoRA NF4 bits per parameter, constants included",
  topic: TOPIC,
  description: "Total storage per parameter of QLoRA's NF4 weights with double-quantized constants.",
  convention: "4 + 8/B + 32/(B·B₂) bits per parameter.",
  inputs: { blockSize: count("Weight block size B", "weights"), blockSize2: count("Constant block size B₂", "constants") },
  outputUnit: "b",
  outputLabel: "bits per parameter",
  source: "QLoRA, arXiv 2305.14314",
  run: ({ blockSize, blockSize2 }) => {
    const overhead = 8 / blockSize + 32 / (blockSize * blockSize2);
    const value = 4 + overhead;
    return { value, unit: "b", steps: () => [`Constants: 8/${fmt(blockSize)} + 32/(${fmt(blockSize)}·${fmt(blockSize2)}) = ${fmt(overhead)} bits.`, `4 (NF4) + ${fmt(overhead)} = ${fmt(value)} bits per parameter.`] };
  },
});

/** How many times smaller: from_bits / to_bits. "INT4 is 8× smaller" is only true against FP32. */
export const COMPRESSION_RATIO = defineCompute({
  name: "quant.compression_ratio",
  title: "Compression ratio",
  topic: TOPIC,
  description: "How many times smaller weights become when going from one bit width to another.",
  convention: "from_bits / to_bits; always name the baseline (INT4 is 8× smaller than FP32 but 4× smaller than BF16).",
  inputs: { fromBits: bitsPerWeight("Baseline bits per weight"), toBits: bitsPerWeight("Quantized bits per weight") },
  outputUnit: "",
  outputLabel: "times smaller",
  source: "Ratio of bits per weight; GPTQ reports compression against FP16, arXiv 2210.17323",
  run: ({ fromBits, toBits }) => {
    const value = fromBits / toBits;
    return { value, unit: "", steps: () => [`${fmt(fromBits)} bits / ${fmt(toBits)} bits = ${fmt(value)}× smaller.`] };
  },
});

export const weightBytes = WEIGHT_BYTES.call;
export const groupwiseBitsPerWeight = GROUPWISE_BITS.call;
export const absmaxScale = ABSMAX_SCALE.call;
export const quantizeAbsmax = QUANTIZE_ABSMAX.call;
export const asymScale = ASYM_SCALE.call;
export const asymZeroPoint = ASYM_ZERO_POINT.call;
export const quantizeAsym = QUANTIZE_ASYM.call;
export const nf4DoubleQuantBits = NF4_DOUBLE_QUANT_BITS.call;
export const nf4TotalBitsPerParam = NF4_TOTAL_BITS.call;
export const compressionRatio = COMPRESSION_RATIO.call;
