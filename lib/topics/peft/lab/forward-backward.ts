import { allParams, type Dense, type Net, type Param } from "./network";

/**
 * Forward pass for one example, keeping what the backward pass needs, and the
 * hand-written backward pass. `round` is applied after every arithmetic
 * operation: identity for float64, Math.fround to get true float32 arithmetic
 * (used to show what merging looks like at the precision GPUs use).
 */
export type Round = (v: number) => number;
const exact: Round = (v) => v;

type LayerTrace = {
  /** The layer's input h. */
  input: Float64Array;
  /** A·h, the rank-r code LoRA passes through (null without LoRA). */
  code: Float64Array | null;
  /** tanh(W h + b [+ scale·B·A·h]). */
  act: Float64Array;
  /** tanh(down(act)) inside the adapter (null without adapters). */
  bottleneck: Float64Array | null;
  /** What the next layer sees: act, plus up(bottleneck) with an adapter. */
  out: Float64Array;
};

export type Trace = { x: ArrayLike<number>; h0: Float64Array; layers: LayerTrace[]; y: number };

export type Dataset = { n: number; inputDim: number; x: Float64Array; y: Float64Array };

function matVec(p: Param, x: ArrayLike<number>, round: Round): Float64Array {
  const out = new Float64Array(p.rows);
  const w = p.value;
  const cols = p.cols;
  for (let i = 0; i < p.rows; i++) {
    let sum = 0;
    // The float64 path skips the rounding calls: it is the training hot loop.
    if (round === exact) for (let j = 0; j < cols; j++) sum += w[i * cols + j]! * x[j]!;
    else for (let j = 0; j < cols; j++) sum = round(sum + round(w[i * cols + j]! * x[j]!));
    out[i] = sum;
  }
  return out;
}

function affine(d: Dense, x: ArrayLike<number>, round: Round): Float64Array {
  const out = matVec(d.w, x, round);
  for (let i = 0; i < out.length; i++) out[i] = round(out[i]! + d.b.value[i]!);
  return out;
}

function tanhInPlace(v: Float64Array, round: Round): Float64Array {
  for (let i = 0; i < v.length; i++) v[i] = round(Math.tanh(v[i]!));
  return v;
}

export function forward(net: Net, x: ArrayLike<number>, round: Round = exact): Trace {
  const h0 = tanhInPlace(affine(net.input, x, round), round);
  let h = h0;
  const layers: LayerTrace[] = net.hidden.map((layer, l) => {
    const input = h;
    const z = affine(layer, input, round);
    let code: Float64Array | null = null;
    const lora = net.lora?.[l];
    if (lora) {
      code = matVec(lora.a, input, round);
      const lifted = matVec(lora.b, code, round);
      for (let i = 0; i < z.length; i++) z[i] = round(z[i]! + round(lora.scale * lifted[i]!));
    }
    const act = tanhInPlace(z, round);
    let bottleneck: Float64Array | null = null;
    let out = act;
    const adapter = net.adapters?.[l];
    if (adapter) {
      bottleneck = tanhInPlace(affine(adapter.down, act, round), round);
      const up = affine(adapter.up, bottleneck, round);
      out = act.map((v, i) => round(v + up[i]!));
    }
    h = out;
    return { input, code, act, bottleneck, out };
  });
  const y = affine(net.head, h, round)[0]!;
  return { x, h0, layers, y };
}

/** grad(W) += dOut ⊗ input, grad(b) += dOut. */
function accumulateDense(d: Dense, dOut: Float64Array, input: ArrayLike<number>): void {
  accumulateOuter(d.w, dOut, input);
  for (let i = 0; i < dOut.length; i++) d.b.grad[i]! += dOut[i]!;
}

function accumulateOuter(p: Param, dOut: ArrayLike<number>, input: ArrayLike<number>): void {
  for (let i = 0; i < p.rows; i++) {
    const g = dOut[i]!;
    if (g === 0) continue;
    for (let j = 0; j < p.cols; j++) p.grad[i * p.cols + j]! += g * input[j]!;
  }
}

/** Wᵀ·v: how the output gradient flows back to the input. */
function transposeTimes(p: Param, v: ArrayLike<number>): Float64Array {
  const out = new Float64Array(p.cols);
  for (let i = 0; i < p.rows; i++) {
    const g = v[i]!;
    if (g === 0) continue;
    for (let j = 0; j < p.cols; j++) out[j]! += p.value[i * p.cols + j]! * g;
  }
  return out;
}

/** d tanh(z)/dz = 1 − tanh(z)², using the stored activation. */
function throughTanh(dAct: Float64Array, act: Float64Array): Float64Array {
  return dAct.map((g, i) => g * (1 - act[i]! * act[i]!));
}

/**
 * Adds ∂(loss)/∂θ for every parameter θ to its grad buffer, given dy = ∂loss/∂y.
 * Frozen parameters get gradients too; the optimiser decides what moves.
 */
export function backward(net: Net, trace: Trace, dy: number): void {
  const last = trace.layers.at(-1)?.out ?? trace.h0;
  accumulateDense(net.head, Float64Array.of(dy), last);
  let dh = transposeTimes(net.head.w, [dy]);
  for (let l = net.hidden.length - 1; l >= 0; l--) {
    const t = trace.layers[l]!;
    let dAct = dh;
    const adapter = net.adapters?.[l];
    if (adapter && t.bottleneck) {
      // out = act + up(tanh(down(act))): the residual passes dh straight through.
      accumulateDense(adapter.up, dh, t.bottleneck);
      const dPre = throughTanh(transposeTimes(adapter.up.w, dh), t.bottleneck);
      accumulateDense(adapter.down, dPre, t.act);
      const back = transposeTimes(adapter.down.w, dPre);
      dAct = dh.map((g, i) => g + back[i]!);
    }
    const dz = throughTanh(dAct, t.act);
    const layer = net.hidden[l]!;
    accumulateDense(layer, dz, t.input);
    dh = transposeTimes(layer.w, dz);
    const lora = net.lora?.[l];
    if (lora && t.code) {
      // z += scale·B·(A·h): ∂/∂B = scale·dz ⊗ code, ∂/∂code = scale·Bᵀdz, ∂/∂A = dcode ⊗ h.
      const scaled = dz.map((g) => g * lora.scale);
      accumulateOuter(lora.b, scaled, t.code);
      const dCode = transposeTimes(lora.b, scaled);
      accumulateOuter(lora.a, dCode, t.input);
      const back = transposeTimes(lora.a, dCode);
      for (let i = 0; i < dh.length; i++) dh[i]! += back[i]!;
    }
  }
  accumulateDense(net.input, throughTanh(dh, trace.h0), trace.x);
}

function example(data: Dataset, i: number): Float64Array {
  return data.x.subarray(i * data.inputDim, (i + 1) * data.inputDim);
}

/** Mean squared error over the chosen rows; fills every grad buffer with its gradient. */
export function lossAndGrad(net: Net, data: Dataset, rows: readonly number[]): number {
  for (const p of allParams(net)) p.grad.fill(0);
  let loss = 0;
  for (const i of rows) {
    const trace = forward(net, example(data, i));
    const err = trace.y - data.y[i]!;
    loss += err * err;
    backward(net, trace, (2 * err) / rows.length);
  }
  return loss / rows.length;
}

export function meanLoss(net: Net, data: Dataset): number {
  let loss = 0;
  for (let i = 0; i < data.n; i++) {
    const err = forward(net, example(data, i)).y - data.y[i]!;
    loss += err * err;
  }
  return loss / data.n;
}

export function predictAll(net: Net, data: Dataset, round: Round = exact): Float64Array {
  const out = new Float64Array(data.n);
  for (let i = 0; i < data.n; i++) out[i] = forward(net, example(data, i), round).y;
  return out;
}
