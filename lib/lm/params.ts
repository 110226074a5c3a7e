import { makeRng } from "@/lib/labs/seeded-rng";
import type { LmConfig } from "./config";

/**
 * Float32 for training and shipping; Float64 lets the gradient checks use finite differences
 * small enough to be accurate. Every kernel accepts both.
 */
export type Floats = Float32Array | Float64Array;
export type Dtype = "float32" | "float64";

/** A view into the one flat parameter buffer, with its gradient at the same offset. */
export type Tensor = { name: string; rows: number; cols: number; offset: number; value: Floats; grad: Floats; decay: boolean };

export type LayerParams = {
  attnNorm: Tensor;
  wq: Tensor;
  wk: Tensor;
  wv: Tensor;
  wo: Tensor;
  mlpNorm: Tensor;
  wGate: Tensor;
  wUp: Tensor;
  wDown: Tensor;
};

/**
 * All weights live in one buffer (and all gradients in another) so that AdamW, gradient
 * clipping and the weight file each walk a single array.
 */
export type LmParams = {
  dtype: Dtype;
  values: Floats;
  grads: Floats;
  tokenEmbedding: Tensor;
  positionEmbedding: Tensor | null;
  layers: LayerParams[];
  finalNorm: Tensor;
  tensors: Tensor[];
};

export function allocate(dtype: Dtype, n: number): Floats {
  return dtype === "float64" ? new Float64Array(n) : new Float32Array(n);
}

type Spec = { name: string; rows: number; cols: number; decay: boolean };

function layout(config: LmConfig): Spec[] {
  const { vocabSize: v, width: d, mlpHidden: h, context, layers } = config;
  const specs: Spec[] = [{ name: "token_embedding", rows: v, cols: d, decay: true }];
  if (config.position === "learned") specs.push({ name: "position_embedding", rows: context, cols: d, decay: true });
  for (let l = 0; l < layers; l++) {
    specs.push(
      { name: `layer${l}.attn_norm`, rows: 1, cols: d, decay: false },
      { name: `layer${l}.wq`, rows: d, cols: d, decay: true },
      { name: `layer${l}.wk`, rows: d, cols: d, decay: true },
      { name: `layer${l}.wv`, rows: d, cols: d, decay: true },
      { name: `layer${l}.wo`, rows: d, cols: d, decay: true },
      { name: `layer${l}.mlp_norm`, rows: 1, cols: d, decay: false },
      { name: `layer${l}.w_gate`, rows: h, cols: d, decay: true },
      { name: `layer${l}.w_up`, rows: h, cols: d, decay: true },
      { name: `layer${l}.w_down`, rows: d, cols: h, decay: true },
    );
  }
  specs.push({ name: "final_norm", rows: 1, cols: d, decay: false });
  return specs;
}

export function parameterCount(config: LmConfig): number {
  return layout(config).reduce((sum, s) => sum + s.rows * s.cols, 0);
}

/** Lays the tensors out over `values` (which the caller may have filled from a weight file). */
export function bindParams(config: LmConfig, values: Floats): LmParams {
  const count = parameterCount(config);
  if (values.length !== count) throw new Error(`expected ${count} parameters, got ${values.length}`);
  const dtype: Dtype = values instanceof Float64Array ? "float64" : "float32";
  const grads = allocate(dtype, count);
  let offset = 0;
  const tensors = layout(config).map((s) => {
    const size = s.rows * s.cols;
    const t: Tensor = { ...s, offset, value: values.subarray(offset, offset + size), grad: grads.subarray(offset, offset + size) };
    offset += size;
    return t;
  });
  const byName = new Map(tensors.map((t) => [t.name, t]));
  const get = (name: string): Tensor => {
    const t = byName.get(name);
    if (!t) throw new Error(`no tensor ${name}`);
    return t;
  };
  return {
    dtype,
    values,
    grads,
    tokenEmbedding: get("token_embedding"),
    positionEmbedding: byName.get("position_embedding") ?? null,
    layers: Array.from({ length: config.layers }, (_, l) => ({
      attnNorm: get(`layer${l}.attn_norm`),
      wq: get(`layer${l}.wq`),
      wk: get(`layer${l}.wk`),
      wv: get(`layer${l}.wv`),
      wo: get(`layer${l}.wo`),
      mlpNorm: get(`layer${l}.mlp_norm`),
      wGate: get(`layer${l}.w_gate`),
      wUp: get(`layer${l}.w_up`),
      wDown: get(`layer${l}.w_down`),
    })),
    finalNorm: get("final_norm"),
    tensors,
  };
}

/**
 * GPT-2's initialisation: N(0, 0.02²) for every matrix, the residual outputs (wo, w_down)
 * scaled by 1/√(2·layers) so the residual stream's variance doesn't grow with depth; norm gains 1.
 */
export function initParams(config: LmConfig, seed: number, dtype: Dtype = "float32"): LmParams {
  const params = bindParams(config, allocate(dtype, parameterCount(config)));
  const rng = makeRng(seed);
  const residualStd = 0.02 / Math.sqrt(2 * config.layers);
  for (const t of params.tensors) {
    if (t.rows === 1) {
      t.value.fill(1);
      continue;
    }
    const std = t.name.endsWith(".wo") || t.name.endsWith(".w_down") ? residualStd : 0.02;
    for (let i = 0; i < t.value.length; i++) t.value[i] = std * rng.normal();
  }
  return params;
}

export function zeroGrads(params: LmParams): void {
  params.grads.fill(0);
}
