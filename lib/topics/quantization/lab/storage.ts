import { groupwiseBitsPerWeight, weightBytes } from "@/lib/topics/quantization/compute";
import type { GroupParams, QuantScheme } from "./quantize";

/**
 * Scales are stored as FP16, as GPTQ-style checkpoints do. This lab also keeps its
 * (per-tensor) zero point in FP16, a simplification: GPTQ-format checkpoints pack
 * zero points at the weight's bit width (AutoGPTQ `qzeros`), so 4-bit with g = 128
 * costs 4 + 16/128 + 4/128 bits per weight there, not 4 + 32/128.
 */
export const SCALE_BITS = 16;
export const ZERO_POINT_BITS = 16;

/**
 * Total bits of the quantized weight tensors, scales counted: every group of
 * size g costs g · quant.groupwise_bits_per_weight(b, g, 16, zero bits) bits,
 * so a shorter last group and per-tensor schemes (one group = the whole tensor)
 * are counted exactly.
 */
export function quantizedWeightBits(tensors: GroupParams[][], bits: number, scheme: QuantScheme): number {
  const zeroBits = scheme === "zeropoint" ? ZERO_POINT_BITS : 0;
  let total = 0;
  for (const groups of tensors) {
    for (const g of groups) {
      const size = g.end - g.start;
      total += size * groupwiseBitsPerWeight({ bits, groupSize: size, scaleBits: SCALE_BITS, zeroBits }).value;
    }
  }
  return total;
}

export type ModelBytes = { fp32Bytes: number; quantizedBytes: number; bitsPerWeight: number };

/** FP32 model vs the quantized one; biases stay FP32 in both (they are few and cheap). */
export function modelBytes(weights: number, biases: number, quantizedBits: number): ModelBytes {
  const bitsPerWeight = quantizedBits / weights;
  const fp32Bytes = weightBytes({ params: weights + biases, bits: 32 }).value;
  const quantizedBytes = weightBytes({ params: weights, bits: bitsPerWeight }).value + weightBytes({ params: biases, bits: 32 }).value;
  return { fp32Bytes, quantizedBytes, bitsPerWeight };
}
