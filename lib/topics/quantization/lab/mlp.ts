import type { Rng } from "@/lib/labs/seeded-rng";
import type { Dataset } from "./spiral";

/** Float32 in the lab; Float64 in the gradient check, where finite differences need the precision. */
export type Vec = Float32Array | Float64Array;
export type Activation = "tanh" | "relu";

/** One dense layer: z = W·a + b, with W stored row-major as nOut × nIn. */
export type Layer = { w: Vec; b: Vec; nIn: number; nOut: number };
export type Mlp = { layers: Layer[]; activation: Activation };

/**
 * Layer sizes e.g. [2, 32, 32, 3]. Weights start Gaussian with variance 1/nIn
 * (tanh) or 2/nIn (ReLU) so activations neither vanish nor blow up; biases at 0.
 */
export function createMlp(sizes: number[], activation: Activation, rng: Rng, float64 = false): Mlp {
  const make = (n: number): Vec => (float64 ? new Float64Array(n) : new Float32Array(n));
  const layers: Layer[] = [];
  for (let l = 0; l + 1 < sizes.length; l++) {
    const nIn = sizes[l]!;
    const nOut = sizes[l + 1]!;
    const std = Math.sqrt((activation === "relu" ? 2 : 1) / nIn);
    const w = make(nIn * nOut);
    for (let i = 0; i < w.length; i++) w[i] = std * rng.normal();
    layers.push({ w, b: make(nOut), nIn, nOut });
  }
  return { layers, activation };
}

/** Same shapes, zero values: gradient and optimizer-moment buffers. */
export function zerosLike(model: Mlp): Mlp {
  return {
    activation: model.activation,
    layers: model.layers.map((l) => ({ w: new Float64Array(l.w.length), b: new Float64Array(l.b.length), nIn: l.nIn, nOut: l.nOut })),
  };
}

export function cloneMlp(model: Mlp, float64 = false): Mlp {
  const copy = (v: Vec): Vec => (float64 ? Float64Array.from(v) : Float32Array.from(v));
  return { activation: model.activation, layers: model.layers.map((l) => ({ w: copy(l.w), b: copy(l.b), nIn: l.nIn, nOut: l.nOut })) };
}

export function parameterCount(model: Mlp): { weights: number; biases: number } {
  let weights = 0;
  let biases = 0;
  for (const l of model.layers) {
    weights += l.w.length;
    biases += l.b.length;
  }
  return { weights, biases };
}

const act = (a: Activation, z: number) => (a === "tanh" ? Math.tanh(z) : z > 0 ? z : 0);
/** Derivative written in terms of the output h = act(z): tanh' = 1 − h², ReLU' = [h > 0]. */
const actGrad = (a: Activation, h: number) => (a === "tanh" ? 1 - h * h : h > 0 ? 1 : 0);

/** Forward pass for one point; returns the activations of every layer (the last one is the logits). */
function forward(model: Mlp, x0: number, x1: number): Float64Array[] {
  const acts: Float64Array[] = [Float64Array.of(x0, x1)];
  model.layers.forEach((layer, l) => {
    const input = acts[l]!;
    const out = new Float64Array(layer.nOut);
    const last = l === model.layers.length - 1;
    for (let o = 0; o < layer.nOut; o++) {
      let z = layer.b[o]!;
      const row = o * layer.nIn;
      for (let i = 0; i < layer.nIn; i++) z += layer.w[row + i]! * input[i]!;
      out[o] = last ? z : act(model.activation, z);
    }
    acts.push(out);
  });
  return acts;
}

/** Softmax with the max subtracted first, so large logits don't overflow exp. */
function softmax(logits: Float64Array): Float64Array {
  let max = -Infinity;
  for (const v of logits) max = Math.max(max, v);
  const p = new Float64Array(logits.length);
  let sum = 0;
  for (let k = 0; k < logits.length; k++) sum += p[k] = Math.exp(logits[k]! - max);
  for (let k = 0; k < p.length; k++) p[k]! /= sum;
  return p;
}

export function predict(model: Mlp, x0: number, x1: number): number {
  const logits = forward(model, x0, x1).at(-1)!;
  let best = 0;
  for (let k = 1; k < logits.length; k++) if (logits[k]! > logits[best]!) best = k;
  return best;
}

/** Mean cross-entropy and accuracy over the whole dataset (no gradients). */
export function evaluate(model: Mlp, data: Dataset): { loss: number; accuracy: number } {
  let loss = 0;
  let correct = 0;
  for (let j = 0; j < data.n; j++) {
    const logits = forward(model, data.x[2 * j]!, data.x[2 * j + 1]!).at(-1)!;
    const p = softmax(logits);
    const label = data.y[j]!;
    loss -= Math.log(Math.max(p[label]!, 1e-300));
    let best = 0;
    for (let k = 1; k < p.length; k++) if (p[k]! > p[best]!) best = k;
    if (best === label) correct++;
  }
  return { loss: loss / data.n, accuracy: correct / data.n };
}

/**
 * Mean softmax cross-entropy over the points `indices`, and its gradient
 * written into `grad` (overwritten). Backprop by hand:
 *   ∂L/∂logits = p − onehot(y);  ∂L/∂W = δ·aᵀ;  ∂L/∂b = δ;  δ_prev = (Wᵀδ) ⊙ act'(z_prev).
 */
export function lossAndGradient(model: Mlp, data: Dataset, indices: ArrayLike<number>, grad: Mlp): number {
  for (const g of grad.layers) {
    g.w.fill(0);
    g.b.fill(0);
  }
  const scale = 1 / indices.length;
  let loss = 0;
  for (let s = 0; s < indices.length; s++) {
    const j = indices[s]!;
    const acts = forward(model, data.x[2 * j]!, data.x[2 * j + 1]!);
    const p = softmax(acts.at(-1)!);
    const label = data.y[j]!;
    loss -= Math.log(Math.max(p[label]!, 1e-300));
    let delta = p;
    delta[label]! -= 1;
    for (let l = model.layers.length - 1; l >= 0; l--) {
      const layer = model.layers[l]!;
      const g = grad.layers[l]!;
      const input = acts[l]!;
      for (let o = 0; o < layer.nOut; o++) {
        const d = delta[o]! * scale;
        g.b[o]! += d;
        const row = o * layer.nIn;
        for (let i = 0; i < layer.nIn; i++) g.w[row + i]! += d * input[i]!;
      }
      if (l === 0) break;
      // Push δ back through W, then through the previous layer's activation.
      const prev = new Float64Array(layer.nIn);
      for (let o = 0; o < layer.nOut; o++) {
        const row = o * layer.nIn;
        for (let i = 0; i < layer.nIn; i++) prev[i]! += layer.w[row + i]! * delta[o]!;
      }
      for (let i = 0; i < layer.nIn; i++) prev[i]! *= actGrad(model.activation, input[i]!);
      delta = prev;
    }
  }
  return loss * scale;
}
