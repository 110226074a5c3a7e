import { defineCompute } from "@/lib/compute/define";
import { fmt, fmtBytes } from "@/lib/compute/format";
import { count, positive } from "@/lib/compute/input-specs";

const TOPIC = "peft" as const;

/** BF16 adapter weight 2 + BF16 gradient 2 + FP32 Adam m 4 + FP32 Adam v 4 (qlora.py: bf16 LoRA layers, paged_adamw_32bit). */
const ADAPTER_BYTES_PER_PARAM = 12;

/**
 * QLoRA's model states: the frozen base at its storage rate (NF4 with double quantization
 * ≈ 4.127 bits) plus the LoRA adapters with their gradients and 32-bit Adam moments.
 * Activations (kept small by gradient checkpointing), paging buffers and the CUDA context are not counted.
 */
export const QLORA_STATE_BYTES = defineCompute({
  name: "peft.qlora_state_bytes",
  title: "QLoRA memory: quantized base + adapter states",
  topic: TOPIC,
  description: "Bytes of a QLoRA run's frozen quantized base weights plus the LoRA adapters' weights, gradients and Adam moments.",
  convention:
    "base params × bits/8 (every base parameter at the given rate, e.g. 4.127 for NF4 + double quantization) + LoRA params × 12 bytes (BF16 weight 2 + BF16 gradient 2 + FP32 Adam m and v 8). Not counted: activations (gradient checkpointing keeps them small), paged-optimizer buffers, embeddings kept in 16-bit, the CUDA context.",
  inputs: {
    baseParams: count("Base model parameters", "parameters"),
    baseBits: positive("Storage bits per base parameter", "bits"),
    loraParams: count("LoRA parameters", "parameters", 0),
  },
  outputUnit: "B",
  outputLabel: "memory",
  source: "QLoRA, arXiv 2305.14314 (NF4 + double quantization; BF16 LoRA layers and paged 32-bit AdamW as in the official qlora.py)",
  run: ({ baseParams, baseBits, loraParams }) => {
    const base = (baseParams * baseBits) / 8;
    const adapters = loraParams * ADAPTER_BYTES_PER_PARAM;
    const value = base + adapters;
    return {
      value,
      unit: "B",
      steps: () => [
        `Frozen base: ${fmt(baseParams)} × ${fmt(baseBits)} bits / 8 = ${fmtBytes(base)}.`,
        `Adapters: ${fmt(loraParams)} × 12 bytes (BF16 weight 2 + BF16 gradient 2 + FP32 Adam moments 8) = ${fmtBytes(adapters)}.`,
        `Model states: ${fmtBytes(value)}, before activations and buffers.`,
      ],
    };
  },
});

/**
 * Full fine-tuning with mixed precision and 8-bit Adam: ZeRO's 16 bytes per parameter
 * with the two FP32 moments (8 bytes) replaced by two 8-bit ones (2 bytes).
 */
export const ADAM_8BIT_BYTES = defineCompute({
  name: "finetune.adam8bit_bytes",
  title: "Full fine-tuning memory with 8-bit Adam (model states)",
  topic: TOPIC,
  description: "Bytes of weights, gradients, master weights and 8-bit optimizer state for full fine-tuning with mixed precision and 8-bit Adam.",
  convention:
    "10 bytes per parameter: FP16/BF16 weights 2 + gradients 2 + FP32 master weights 4 + 8-bit Adam m and v 1 + 1. The block-wise quantization constants (one per block of thousands of values) and activations are not counted.",
  inputs: { params: count("Parameters", "parameters") },
  outputUnit: "B",
  outputLabel: "memory",
  source: "8-bit Optimizers via Block-wise Quantization, arXiv 2110.02861; accounting of ZeRO, arXiv 1910.02054",
  run: ({ params }) => {
    const value = 10 * params;
    return {
      value,
      unit: "B",
      steps: () => [
        "Per parameter: 2 (16-bit weights) + 2 (16-bit gradients) + 4 (FP32 master weights) + 2 (8-bit m and v) = 10 bytes, against 16 with 32-bit Adam.",
        `${fmt(params)} × 10 = ${fmtBytes(value)}.`,
      ],
    };
  },
});

/** What one LoRA adapter weighs on disk or in GPU memory: every A and B at the stored precision. */
export const LORA_ADAPTER_BYTES = defineCompute({
  name: "peft.lora_adapter_bytes",
  title: "Size of a LoRA adapter",
  topic: TOPIC,
  description: "Bytes of one LoRA adapter's A and B matrices when the same-shaped d × k matrices are adapted in every layer.",
  convention: "layers × matrices per layer × r(d + k) × bytes per value (2 for FP16/BF16); file headers and the frozen base are not counted.",
  inputs: {
    layers: count("Layers", "layers"),
    matricesPerLayer: count("Adapted matrices per layer", "matrices"),
    d: count("Output dimension d", "dimensions"),
    k: count("Input dimension k", "dimensions"),
    r: count("Rank r", "rank"),
    bytesPerValue: positive("Bytes per stored value", "bytes"),
  },
  outputUnit: "B",
  outputLabel: "adapter size",
  source: "LoRA, arXiv 2106.09685 (35 MB checkpoint for GPT-3 175B at r = 4 on W_q, W_v)",
  run: ({ layers, matricesPerLayer, d, k, r, bytesPerValue }) => {
    const params = layers * matricesPerLayer * r * (d + k);
    const value = params * bytesPerValue;
    return {
      value,
      unit: "B",
      steps: () => [
        `Parameters: ${fmt(layers)} layers × ${fmt(matricesPerLayer)} matrices × r(d + k) = ${fmt(r)} × ${fmt(d + k)} → ${fmt(params)}.`,
        `× ${fmt(bytesPerValue)} bytes = ${fmtBytes(value)}.`,
      ],
    };
  },
});

export const qloraStateBytes = QLORA_STATE_BYTES.call;
export const adam8bitBytes = ADAM_8BIT_BYTES.call;
export const loraAdapterBytes = LORA_ADAPTER_BYTES.call;
