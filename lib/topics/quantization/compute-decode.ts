import { defineCompute } from "@/lib/compute/define";
import { fmt, fmtBytes } from "@/lib/compute/format";
import { count, positive } from "@/lib/compute/input-specs";

const TOPIC = "quantization" as const;

const bits = { label: "Bits per weight (scales included)", unitLabel: "bits", integer: false, min: 0, minExclusive: true, max: 64 };

/**
 * Batch-1 decoding reads every weight once per token: tokens/s ≤ bandwidth / weight bytes.
 * The general bound, with the KV cache and a batch, is attention.decode_tokens_per_second_bound;
 * this one takes bits per weight, the quantity quantization items draw (a template can't derive
 * bytes from a drawn bit width).
 */
export const DECODE_TOKENS_BOUND = defineCompute({
  name: "quant.decode_tokens_per_second_bound",
  title: "Decoding speed bound from bits per weight (weights only)",
  topic: TOPIC,
  description: "Upper bound on tokens per second when generating one sequence: every weight must be read from memory once per token.",
  convention:
    "Batch 1, weights only: tokens/s ≤ bandwidth / (params × bits / 8). Bandwidth in GB/s (10⁹ bytes per second). Ignores KV-cache reads, activations and kernel overheads, so real speeds are lower.",
  inputs: { params: count("Parameters", "parameters"), bits, bandwidth: positive("Memory bandwidth", "GB/s") },
  outputUnit: "",
  outputLabel: "tokens per second (upper bound)",
  source: "Weights read once per generated token at batch 1; NVIDIA H100 datasheet (H100 SXM 3.35 TB/s)",
  run: ({ params, bits: b, bandwidth }) => {
    const bytes = (params * b) / 8;
    const value = (bandwidth * 1e9) / bytes;
    return {
      value,
      unit: "",
      steps: () => [
        `Weight bytes per token: ${fmt(params)} × ${fmt(b)} / 8 = ${fmtBytes(bytes)}.`,
        `${fmt(bandwidth)} GB/s = ${fmt(bandwidth * 1e9)} bytes/s; ${fmt(bandwidth * 1e9)} / ${fmt(bytes)} = ${fmt(value)} tokens/s at most.`,
      ],
    };
  },
});

/** Arithmetic intensity of decoding: 2 FLOPs per weight per sequence in the batch, over the weight's bytes. */
export const DECODE_FLOPS_PER_BYTE = defineCompute({
  name: "quant.decode_arithmetic_intensity",
  title: "Arithmetic intensity of decoding from bits per weight (weights only)",
  topic: TOPIC,
  description: "FLOPs done per byte of weights read when a batch of sequences each generates one token.",
  convention: "Each weight costs one multiply-add (2 FLOPs) per sequence in the batch and is read once per step: 2 × batch / (bits/8) FLOPs per byte. Weights only (KV-cache reads ignored).",
  inputs: { batch: count("Batch size (sequences decoded together)", "sequences"), bits },
  outputUnit: "",
  outputLabel: "FLOPs per byte",
  source: "≈ 2·N FLOPs per token for N parameters; NVIDIA H100 datasheet (989 dense BF16 TFLOPS / 3.35 TB/s ≈ 295 FLOPs per byte)",
  run: ({ batch, bits: b }) => {
    const value = (2 * batch) / (b / 8);
    return {
      value,
      unit: "",
      steps: () => [
        `FLOPs per weight per step: 2 × ${fmt(batch)} = ${fmt(2 * batch)}; bytes per weight: ${fmt(b)}/8 = ${fmt(b / 8)}.`,
        `${fmt(2 * batch)} / ${fmt(b / 8)} = ${fmt(value)} FLOPs per byte read.`,
      ],
    };
  },
});

export const decodeTokensPerSecondBound = DECODE_TOKENS_BOUND.call;
export const decodeFlopsPerByte = DECODE_FLOPS_PER_BYTE.call;
