import { defineCompute } from "@/lib/compute/define";
import { fmt, fmtBytes } from "@/lib/compute/format";
import { count, positive } from "@/lib/compute/input-specs";
import type { InputSpec } from "@/lib/compute/types";

const TOPIC = "sliding-window-attention" as const;
const nonNegative = (label: string, unitLabel: string): InputSpec => ({ label, unitLabel, integer: false, min: 0 });

/** A dense forward pass costs ≈ 2 FLOPs (one multiply, one add) per parameter per token. */
export const FORWARD_FLOPS = defineCompute({
  name: "attention.forward_flops",
  title: "Forward-pass FLOPs",
  topic: TOPIC,
  description: "Approximate floating-point operations of a dense model's forward pass over some tokens.",
  convention: "≈ 2·N FLOPs per token for N parameters (a multiply and an add per weight); the attention term 2·n_layer·n_ctx·d_attn is left out.",
  inputs: { params: positive("Parameters N", "parameters"), tokens: count("Tokens", "tokens") },
  outputUnit: "",
  outputLabel: "FLOPs",
  source: "Scaling Laws for Neural Language Models, arXiv 2001.08361, §2.1 (C_forward ≈ 2N + 2·n_layer·n_ctx·d_attn)",
  run: ({ params, tokens }) => {
    const value = 2 * params * tokens;
    return { value, unit: "", steps: () => [`2 FLOPs per parameter per token: 2 × ${fmt(params)} × ${fmt(tokens)} = ${fmt(value)} FLOPs.`] };
  },
});

const decodeInputs = {
  params: positive("Parameters N", "parameters"),
  bytesPerParam: positive("Bytes per weight", "bytes"),
  kvBytesPerToken: nonNegative("KV cache per token", "bytes"),
  context: nonNegative("Tokens already in each sequence's cache", "tokens"),
  batch: count("Batch size", "sequences"),
};

/** Bytes one decoding step reads: every weight once (shared by the batch) plus each sequence's own KV cache. */
function bytesPerStep(i: { params: number; bytesPerParam: number; kvBytesPerToken: number; context: number; batch: number }) {
  const weights = i.params * i.bytesPerParam;
  const kv = i.batch * i.context * i.kvBytesPerToken;
  return { weights, kv, total: weights + kv };
}

/** Memory-bound ceiling: one step reads all weights and every sequence's cache and yields one token per sequence. */
export const DECODE_TOKENS_PER_SECOND = defineCompute({
  name: "attention.decode_tokens_per_second_bound",
  title: "Decoding speed bound from memory bandwidth",
  topic: TOPIC,
  description: "Upper bound on generated tokens per second (summed over the batch) when each decoding step must read all weights and the KV cache from memory.",
  convention:
    "One step produces one token per sequence and reads every weight once plus batch × context × KV bytes per token; compute, activations and overlap are ignored, so this is a ceiling. Bandwidth in GB/s (10⁹ bytes per second; 3.35 TB/s = 3,350 GB/s).",
  inputs: { ...decodeInputs, bandwidth: positive("Memory bandwidth", "GB/s (10⁹ bytes per second)") },
  outputUnit: "",
  outputLabel: "tokens per second",
  source: "Efficiently Scaling Transformer Inference, arXiv 2211.05102 (small-batch decoding is memory-bandwidth bound); NVIDIA H100 datasheet (3.35 TB/s for H100 SXM)",
  run: (i) => {
    const b = bytesPerStep(i);
    const steps = (i.bandwidth * 1e9) / b.total;
    const value = steps * i.batch;
    return {
      value,
      unit: "",
      steps: () => [
        `Bytes per step: weights ${fmt(i.params)} × ${fmt(i.bytesPerParam)} = ${fmtBytes(b.weights)}, plus KV ${fmt(i.batch)} × ${fmt(i.context)} × ${fmt(i.kvBytesPerToken)} = ${fmtBytes(b.kv)}; total ${fmtBytes(b.total)}.`,
        `Steps per second ≤ ${fmt(i.bandwidth)} GB/s ÷ ${fmtBytes(b.total)} = ${fmt(steps)}; × ${fmt(i.batch)} sequences = ${fmt(value)} tokens/s.`,
      ],
    };
  },
});

/** FLOPs per byte read in one decoding step: 2·N·batch / (weight bytes + KV bytes). */
export const DECODE_INTENSITY = defineCompute({
  name: "attention.decode_arithmetic_intensity",
  title: "Arithmetic intensity of a decoding step",
  topic: TOPIC,
  description: "FLOPs per byte read from memory in one decoding step of a batch.",
  convention: "FLOPs ≈ 2·N per generated token (attention FLOPs left out); bytes = every weight once + each sequence's KV cache.",
  inputs: decodeInputs,
  outputUnit: "",
  outputLabel: "FLOPs per byte",
  source: "Scaling Laws for Neural Language Models, arXiv 2001.08361, §2.1 (2N FLOPs per token); Efficiently Scaling Transformer Inference, arXiv 2211.05102",
  run: (i) => {
    const b = bytesPerStep(i);
    const flops = 2 * i.params * i.batch;
    const value = flops / b.total;
    return {
      value,
      unit: "",
      steps: () => [
        `FLOPs: 2 × ${fmt(i.params)} × batch ${fmt(i.batch)} = ${fmt(flops)}.`,
        `Bytes read: ${fmtBytes(b.weights)} of weights + ${fmtBytes(b.kv)} of KV cache = ${fmt(b.total)} B.`,
        `${fmt(flops)} / ${fmt(b.total)} = ${fmt(value)} FLOPs per byte.`,
      ],
    };
  },
});

export const forwardFlops = FORWARD_FLOPS.call;
export const decodeTokensPerSecondBound = DECODE_TOKENS_PER_SECOND.call;
export const decodeArithmeticIntensity = DECODE_INTENSITY.call;
