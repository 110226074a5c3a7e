import { nf4TotalBitsPerParam, weightBytes } from "@/lib/topics/quantization/compute";
import { quantizeTensor, type QuantScheme } from "@/lib/topics/quantization/lab/quantize";
import { quantizedWeightBits } from "@/lib/topics/quantization/lab/storage";
import { bindParams, type LmParams, type Tensor } from "@/lib/lm/params";
import type { LmConfig } from "@/lib/lm/config";
import { NF4_BLOCK, NF4_BLOCK2, quantizeNf4 } from "./nf4";

export type ModelSchemeId = "fp32" | "int8-tensor" | "int8-channel" | "int4-tensor" | "int4-zeropoint" | "int4-channel" | "int4-group64" | "nf4" | "nf4-double";

export type ModelScheme = { id: ModelSchemeId; label: string; bits: number | null; kind: "fp32" | "int" | "nf4"; layout: "tensor" | "channel" | "group" | "block"; zeroPoint: boolean; double: boolean };

export const MODEL_SCHEMES: readonly ModelScheme[] = [
  { id: "fp32", label: "FP32 (as trained)", bits: null, kind: "fp32", layout: "tensor", zeroPoint: false, double: false },
  { id: "int8-tensor", label: "INT8 absmax, per tensor", bits: 8, kind: "int", layout: "tensor", zeroPoint: false, double: false },
  { id: "int8-channel", label: "INT8 absmax, per channel", bits: 8, kind: "int", layout: "channel", zeroPoint: false, double: false },
  { id: "int4-tensor", label: "INT4 absmax, per tensor", bits: 4, kind: "int", layout: "tensor", zeroPoint: false, double: false },
  { id: "int4-zeropoint", label: "INT4 zero-point, per tensor", bits: 4, kind: "int", layout: "tensor", zeroPoint: true, double: false },
  { id: "int4-channel", label: "INT4 absmax, per channel", bits: 4, kind: "int", layout: "channel", zeroPoint: false, double: false },
  { id: "int4-group64", label: "INT4 absmax, groups of 64", bits: 4, kind: "int", layout: "group", zeroPoint: false, double: false },
  { id: "nf4", label: "NF4, blocks of 64", bits: 4, kind: "nf4", layout: "block", zeroPoint: false, double: false },
  { id: "nf4-double", label: "NF4, blocks of 64, double-quantized constants", bits: 4, kind: "nf4", layout: "block", zeroPoint: false, double: true },
];

/** The matrices quantized: every weight matrix and the (tied) embedding; the RMSNorm gains (one row each) stay FP32. */
export const isMatrix = (t: Tensor) => t.rows > 1;

export type QuantizedModel = { params: LmParams; bitsPerWeight: number; bytes: number; fp32Bytes: number; meanAbsError: number };

/**
 * A copy of the model with the chosen tensors quantized and dequantized again (the forward pass
 * runs on the dequantized values, as a kernel would after unpacking). Storage counts each
 * scheme's scales: FP16 per group for INT (storage.ts), FP32 per block of 64 for NF4, or
 * quant.nf4_total_bits_per_param with double quantization.
 */
export function quantizeModel(params: LmParams, config: LmConfig, scheme: ModelScheme, only: (t: Tensor) => boolean = isMatrix): QuantizedModel {
  const values = Float32Array.from(params.values);
  const copy = bindParams(config, values);
  let quantizedBits = 0;
  let quantizedWeights = 0;
  let otherWeights = 0;
  let errorSum = 0;
  for (const t of copy.tensors) {
    const original = params.values.subarray(t.offset, t.offset + t.value.length);
    if (scheme.kind === "fp32" || !isMatrix(t) || !only(t)) {
      otherWeights += t.value.length;
      continue;
    }
    let dequantized: Float64Array;
    if (scheme.kind === "nf4") {
      dequantized = quantizeNf4(original, scheme.double);
      quantizedBits += t.value.length * (scheme.double ? nf4TotalBitsPerParam({ blockSize: NF4_BLOCK, blockSize2: NF4_BLOCK2 }).value : 4 + 32 / NF4_BLOCK);
    } else {
      const layout: QuantScheme = scheme.zeroPoint ? "zeropoint" : scheme.layout === "tensor" ? "absmax" : "groupwise";
      const q = quantizeTensor(original, scheme.bits!, layout, scheme.layout === "channel" ? t.cols : 64);
      dequantized = q.dequantized;
      quantizedBits += quantizedWeightBits([q.groups], scheme.bits!, layout);
    }
    for (let i = 0; i < dequantized.length; i++) {
      errorSum += Math.abs(dequantized[i]! - original[i]!);
      t.value[i] = dequantized[i]!;
    }
    quantizedWeights += t.value.length;
  }
  const total = quantizedWeights + otherWeights;
  const fp32Bytes = weightBytes({ params: total, bits: 32 }).value;
  const bytes = quantizedWeights === 0 ? fp32Bytes : weightBytes({ params: quantizedWeights, bits: quantizedBits / quantizedWeights }).value + weightBytes({ params: otherWeights, bits: 32 }).value;
  return { params: copy, bitsPerWeight: (8 * bytes) / total, bytes, fp32Bytes, meanAbsError: quantizedWeights ? errorSum / quantizedWeights : 0 };
}
