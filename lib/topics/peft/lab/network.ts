import type { Rng } from "@/lib/labs/seeded-rng";

/**
 * A tiny regression MLP with optional LoRA pairs and Houlsby adapters on its
 * hidden layers. Every weight lives in a `Param` with its own gradient buffer,
 * so an optimiser is simply a list of the Params it may update.
 */
export type Param = { name: string; rows: number; cols: number; value: Float64Array; grad: Float64Array };

/** out = w·x + b, with w stored row-major (rows = outputs, cols = inputs). */
export type Dense = { w: Param; b: Param };

/** ΔW = scale · B·A, scale = α/r; A is r × k, B is d × r. */
export type LoraPair = { a: Param; b: Param; scale: number };

/** Houlsby bottleneck after a layer's activation: h + up(tanh(down(h))). */
export type Adapter = { down: Dense; up: Dense };

export type Net = {
  input: Dense;
  hidden: Dense[];
  head: Dense;
  /** One per hidden layer, or null when the net has no LoRA. */
  lora: LoraPair[] | null;
  /** One per hidden layer, or null when the net has no adapters. */
  adapters: Adapter[] | null;
};

export type NetShape = { inputDim: number; width: number; hiddenLayers: number };

export function makeParam(name: string, rows: number, cols: number, fill: (i: number) => number = () => 0): Param {
  const value = new Float64Array(rows * cols);
  for (let i = 0; i < value.length; i++) value[i] = fill(i);
  return { name, rows, cols, value, grad: new Float64Array(rows * cols) };
}

/** Gaussian weights with variance 1/fan-in keep tanh units out of saturation at the start. */
function makeDense(name: string, rows: number, cols: number, rng: Rng, zeroWeights = false): Dense {
  const std = 1 / Math.sqrt(cols);
  return {
    w: makeParam(`${name}.W`, rows, cols, () => (zeroWeights ? 0 : std * rng.normal())),
    b: makeParam(`${name}.b`, rows, 1),
  };
}

export function makeNet(shape: NetShape, rng: Rng): Net {
  const { inputDim, width, hiddenLayers } = shape;
  return {
    input: makeDense("input", width, inputDim, rng),
    hidden: Array.from({ length: hiddenLayers }, (_, l) => makeDense(`hidden${l + 1}`, width, width, rng)),
    head: makeDense("head", 1, width, rng),
    lora: null,
    adapters: null,
  };
}

/**
 * LoRA as in the paper: A random, B zero, so B·A = 0 and the adapted net starts
 * exactly at the pretrained one.
 */
export function addLora(net: Net, rank: number, alpha: number, rng: Rng): Net {
  const lora = net.hidden.map((layer, l) => {
    const std = 1 / Math.sqrt(layer.w.cols);
    return {
      a: makeParam(`hidden${l + 1}.lora_A`, rank, layer.w.cols, () => std * rng.normal()),
      b: makeParam(`hidden${l + 1}.lora_B`, layer.w.rows, rank),
      scale: alpha / rank,
    };
  });
  return { ...net, lora };
}

/** Up-projection starts at zero, so each adapter starts as the identity (Houlsby et al. start near it). */
export function addAdapters(net: Net, bottleneck: number, rng: Rng): Net {
  const adapters = net.hidden.map((layer, l) => ({
    down: makeDense(`hidden${l + 1}.adapter_down`, bottleneck, layer.w.rows, rng),
    up: makeDense(`hidden${l + 1}.adapter_up`, layer.w.rows, bottleneck, rng, true),
  }));
  return { ...net, adapters };
}

function cloneParam(p: Param, map: (v: number) => number = (v) => v): Param {
  return { ...p, value: p.value.map(map), grad: new Float64Array(p.value.length) };
}

function cloneDense(d: Dense, map?: (v: number) => number): Dense {
  return { w: cloneParam(d.w, map), b: cloneParam(d.b, map) };
}

/** A deep copy; `map` can round every weight (Math.fround for float32). */
export function cloneNet(net: Net, map?: (v: number) => number): Net {
  return {
    input: cloneDense(net.input, map),
    hidden: net.hidden.map((d) => cloneDense(d, map)),
    head: cloneDense(net.head, map),
    lora: net.lora?.map((p) => ({ a: cloneParam(p.a, map), b: cloneParam(p.b, map), scale: p.scale })) ?? null,
    adapters: net.adapters?.map((a) => ({ down: cloneDense(a.down, map), up: cloneDense(a.up, map) })) ?? null,
  };
}

/** Every Param in the net, base weights first. */
export function allParams(net: Net): Param[] {
  const dense = (d: Dense) => [d.w, d.b];
  return [
    ...dense(net.input),
    ...net.hidden.flatMap(dense),
    ...dense(net.head),
    ...(net.lora ?? []).flatMap((p) => [p.a, p.b]),
    ...(net.adapters ?? []).flatMap((a) => [...dense(a.down), ...dense(a.up)]),
  ];
}

export function baseParamList(net: Net): Param[] {
  return allParams({ ...net, lora: null, adapters: null });
}

export function loraParamList(net: Net): Param[] {
  return (net.lora ?? []).flatMap((p) => [p.a, p.b]);
}

export function adapterParamList(net: Net): Param[] {
  return (net.adapters ?? []).flatMap((a) => [a.down.w, a.down.b, a.up.w, a.up.b]);
}

/** ΔW = scale · B·A for hidden layer l, row-major d × k. */
export function loraDelta(pair: LoraPair, round: (v: number) => number = (v) => v): Float64Array {
  const { a, b, scale } = pair;
  const d = b.rows;
  const r = b.cols;
  const k = a.cols;
  const delta = new Float64Array(d * k);
  for (let i = 0; i < d; i++) {
    for (let j = 0; j < k; j++) {
      let sum = 0;
      for (let t = 0; t < r; t++) sum = round(sum + round(b.value[i * r + t]! * a.value[t * k + j]!));
      delta[i * k + j] = round(scale * sum);
    }
  }
  return delta;
}

/** W₀ + (α/r)·B·A folded into each hidden matrix: a plain net with no extra inference cost. */
export function mergeLora(net: Net, round: (v: number) => number = (v) => v): Net {
  if (!net.lora) throw new Error("This net has no LoRA pairs to merge.");
  const merged = cloneNet({ ...net, lora: null });
  merged.hidden.forEach((layer, l) => {
    const delta = loraDelta(net.lora![l]!, round);
    for (let i = 0; i < delta.length; i++) layer.w.value[i] = round(layer.w.value[i]! + delta[i]!);
  });
  return merged;
}

export function countValues(params: readonly Param[]): number {
  return params.reduce((sum, p) => sum + p.value.length, 0);
}
