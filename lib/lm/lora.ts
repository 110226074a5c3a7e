import { makeRng } from "@/lib/labs/seeded-rng";
import type { OptimizedParams } from "./adamw";
import { allocate, type Dtype, type LayerParams, type LmParams, type Tensor } from "./params";

/** The matrices of a block LoRA can adapt. */
export type LoraTarget = Exclude<keyof LayerParams, "attnNorm" | "mlpNorm">;

/**
 * LoRA (Hu et al., arXiv 2106.09685): a frozen d × k matrix W₀ becomes W₀ + (α/r)·B·A with
 * A (r × k) drawn at random and B (d × r) zero, so training starts exactly at W₀. Only A and B
 * train. The model runs on the merged matrix, so the gradient the full backward pass computes for
 * W, dW, gives the adapter's by the chain rule: dA = (α/r)·Bᵀ·dW and dB = (α/r)·dW·Aᵀ.
 */
export type LoraAdapter = { layer: number; target: LoraTarget; rows: number; cols: number; a: Tensor; b: Tensor; frozen: Float32Array | Float64Array };

export type Lora = OptimizedParams & { rank: number; alpha: number; scale: number; adapters: LoraAdapter[] };

export function makeLora(params: LmParams, targets: readonly LoraTarget[], rank: number, alpha: number, seed: number): Lora {
  if (!Number.isInteger(rank) || rank < 1) throw new Error(`the rank must be a positive integer, got ${rank}`);
  const specs = params.layers.flatMap((layer, l) => targets.map((target) => ({ l, target, w: layer[target] })));
  const size = specs.reduce((n, s) => n + rank * (s.w.rows + s.w.cols), 0);
  const dtype: Dtype = params.dtype;
  const values = allocate(dtype, size);
  const grads = allocate(dtype, size);
  const rng = makeRng(seed);
  const tensors: Tensor[] = [];
  let offset = 0;
  const view = (name: string, rows: number, cols: number): Tensor => {
    const t: Tensor = { name, rows, cols, offset, value: values.subarray(offset, offset + rows * cols), grad: grads.subarray(offset, offset + rows * cols), decay: false };
    offset += rows * cols;
    tensors.push(t);
    return t;
  };
  const adapters = specs.map(({ l, target, w }) => {
    const a = view(`layer${l}.${target}.lora_a`, rank, w.cols);
    const b = view(`layer${l}.${target}.lora_b`, w.rows, rank);
    // A ~ N(0, 1/k) (Kaiming-like, as the reference implementation), B = 0.
    for (let i = 0; i < a.value.length; i++) a.value[i] = rng.normal() / Math.sqrt(w.cols);
    return { layer: l, target, rows: w.rows, cols: w.cols, a, b, frozen: w.value.slice() };
  });
  return { dtype, values, grads, tensors, rank, alpha, scale: alpha / rank, adapters };
}

/** Writes W = W₀ + (α/r)·B·A into the model's matrices (the merged model). */
export function mergeLora(params: LmParams, lora: Lora): void {
  for (const ad of lora.adapters) {
    const w = params.layers[ad.layer]![ad.target].value;
    const { rows, cols } = ad;
    const r = lora.rank;
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < cols; j++) {
        let s = 0;
        for (let k = 0; k < r; k++) s += ad.b.value[i * r + k]! * ad.a.value[k * cols + j]!;
        w[i * cols + j] = ad.frozen[i * cols + j]! + lora.scale * s;
      }
    }
  }
}

/** From the model's gradients dW (after a backward pass on the merged model), the adapters' gradients. */
export function loraGradients(params: LmParams, lora: Lora): void {
  lora.grads.fill(0);
  for (const ad of lora.adapters) {
    const dw = params.layers[ad.layer]![ad.target].grad;
    const { rows, cols } = ad;
    const r = lora.rank;
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < cols; j++) {
        const g = lora.scale * dw[i * cols + j]!;
        if (g === 0) continue;
        for (let k = 0; k < r; k++) {
          ad.b.grad[i * r + k]! += g * ad.a.value[k * cols + j]!;
          ad.a.grad[k * cols + j]! += g * ad.b.value[i * r + k]!;
        }
      }
    }
  }
}

/**
 * The adapter path without merging, for one adapted projection: y = W₀x + (α/r)·B(Ax). The lab
 * compares it with the merged matrix's Wx to show that merging changes nothing but the cost.
 */
export function adapterProjection(ad: LoraAdapter, scale: number, rank: number, x: ArrayLike<number>): Float64Array {
  const y = new Float64Array(ad.rows);
  const ax = new Float64Array(rank);
  for (let k = 0; k < rank; k++) for (let j = 0; j < ad.cols; j++) ax[k]! += ad.a.value[k * ad.cols + j]! * x[j]!;
  for (let i = 0; i < ad.rows; i++) {
    let s = 0;
    for (let j = 0; j < ad.cols; j++) s += ad.frozen[i * ad.cols + j]! * x[j]!;
    let low = 0;
    for (let k = 0; k < rank; k++) low += ad.b.value[i * rank + k]! * ax[k]!;
    y[i] = s + scale * low;
  }
  return y;
}
