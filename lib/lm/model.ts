import { attentionBackward, attentionForward } from "./attention";
import type { LmConfig } from "./config";
import { crossEntropy } from "./cross-entropy";
import { linearBackward, linearForward } from "./linear";
import { allocate, type Floats, type LmParams } from "./params";
import { rmsNormBackward, rmsNormForward } from "./rms-norm";
import { applyRope } from "./rope";
import { swigluBackward, swigluForward } from "./swiglu";

/** What one block keeps from its forward pass for its backward pass. */
type LayerCache = {
  x: Floats;
  n1: Floats;
  inv1: Floats;
  q: Floats;
  k: Floats;
  v: Floats;
  probs: Floats;
  att: Floats;
  x2: Floats;
  n2: Floats;
  inv2: Floats;
  a: Floats;
  b: Floats;
  h: Floats;
};

export type ForwardCache = { tokens: readonly number[]; layers: LayerCache[]; xf: Floats; nf: Floats; invf: Floats };

export type ForwardResult = {
  /** rows × vocab, row t predicting the token after position t. */
  logits: Floats;
  cache: ForwardCache;
  /** Per layer, heads × rows × rows softmax weights (row = query), when asked for. */
  attention?: Floats[];
  /** Cross-entropy (nats) of each position against `options.targets`, when given. */
  losses?: Float64Array;
};

export type ForwardOptions = { attentionMaps?: boolean; targets?: readonly number[] };

/**
 * One pre-norm block per layer: x + Attn(RMSNorm(x)), then x + SwiGLU(RMSNorm(x)); a final
 * RMSNorm and the tied head (logits = h·Eᵀ). One sequence at a time: a batch is a loop.
 */
export function forward(params: LmParams, config: LmConfig, tokens: readonly number[], options: ForwardOptions = {}): ForwardResult {
  const T = tokens.length;
  const { width: d, heads, mlpHidden: hid, vocabSize: V, normEps: eps } = config;
  if (T < 1 || T > config.context) throw new Error(`sequence length ${T} is outside 1..${config.context}`);
  const alloc = (n: number) => allocate(params.dtype, n);
  const E = params.tokenEmbedding.value;
  let x = alloc(T * d);
  for (let t = 0; t < T; t++) {
    const id = tokens[t]!;
    if (!Number.isInteger(id) || id < 0 || id >= V) throw new Error(`token id ${id} is outside the vocabulary`);
    for (let c = 0; c < d; c++) x[t * d + c] = E[id * d + c]!;
  }
  if (params.positionEmbedding) {
    const P = params.positionEmbedding.value;
    for (let i = 0; i < T * d; i++) x[i]! += P[i]!;
  }
  const layers: LayerCache[] = [];
  for (const lp of params.layers) {
    const c: LayerCache = {
      x,
      n1: alloc(T * d),
      inv1: alloc(T),
      q: alloc(T * d),
      k: alloc(T * d),
      v: alloc(T * d),
      probs: alloc(heads * T * T),
      att: alloc(T * d),
      x2: alloc(T * d),
      n2: alloc(T * d),
      inv2: alloc(T),
      a: alloc(T * hid),
      b: alloc(T * hid),
      h: alloc(T * hid),
    };
    rmsNormForward(x, lp.attnNorm.value, c.n1, c.inv1, T, d, eps);
    linearForward(c.n1, lp.wq.value, c.q, T, d, d);
    linearForward(c.n1, lp.wk.value, c.k, T, d, d);
    linearForward(c.n1, lp.wv.value, c.v, T, d, d);
    if (config.position === "rope") {
      applyRope(c.q, T, d, heads, config.ropeBase, 1, config.ropeScale);
      applyRope(c.k, T, d, heads, config.ropeBase, 1, config.ropeScale);
    }
    attentionForward(c.q, c.k, c.v, c.att, c.probs, T, d, heads, config.window);
    linearForward(c.att, lp.wo.value, c.x2, T, d, d);
    for (let i = 0; i < T * d; i++) c.x2[i]! += x[i]!;
    rmsNormForward(c.x2, lp.mlpNorm.value, c.n2, c.inv2, T, d, eps);
    linearForward(c.n2, lp.wGate.value, c.a, T, d, hid);
    linearForward(c.n2, lp.wUp.value, c.b, T, d, hid);
    swigluForward(c.a, c.b, c.h);
    const next = alloc(T * d);
    linearForward(c.h, lp.wDown.value, next, T, hid, d);
    for (let i = 0; i < T * d; i++) next[i]! += c.x2[i]!;
    layers.push(c);
    x = next;
  }
  const nf = alloc(T * d);
  const invf = alloc(T);
  rmsNormForward(x, params.finalNorm.value, nf, invf, T, d, eps);
  const logits = alloc(T * V);
  linearForward(nf, E, logits, T, d, V);
  const result: ForwardResult = { logits, cache: { tokens, layers, xf: x, nf, invf } };
  if (options.attentionMaps) result.attention = layers.map((l) => l.probs);
  if (options.targets) {
    if (options.targets.length !== T) throw new Error("one target per input token");
    result.losses = new Float64Array(T);
    crossEntropy(logits, options.targets, V, result.losses);
  }
  return result;
}

/**
 * Accumulates ∂loss/∂θ into params.grads, given ∂loss/∂logits for the cached forward pass, and
 * returns ∂loss/∂(input embeddings), rows × width: how much each position's input moved the loss.
 */
export function backward(params: LmParams, config: LmConfig, cache: ForwardCache, dLogits: Floats): Floats {
  const { tokens, layers, xf, nf, invf } = cache;
  const T = tokens.length;
  const { width: d, heads, mlpHidden: hid, vocabSize: V } = config;
  const alloc = (n: number) => allocate(params.dtype, n);
  const E = params.tokenEmbedding;
  const dnf = alloc(T * d);
  linearBackward(nf, E.value, dLogits, dnf, E.grad, T, d, V);
  const dx = alloc(T * d);
  rmsNormBackward(xf, params.finalNorm.value, invf, dnf, dx, params.finalNorm.grad, T, d);
  const dq = alloc(T * d);
  const dk = alloc(T * d);
  const dv = alloc(T * d);
  const scratch = alloc(T);
  for (let l = layers.length - 1; l >= 0; l--) {
    const c = layers[l]!;
    const lp = params.layers[l]!;
    // dx holds ∂loss/∂(block output); the residual passes it straight through to x2.
    const dh = alloc(T * hid);
    linearBackward(c.h, lp.wDown.value, dx, dh, lp.wDown.grad, T, hid, d);
    const da = alloc(T * hid);
    const db = alloc(T * hid);
    swigluBackward(c.a, c.b, dh, da, db);
    const dn2 = alloc(T * d);
    linearBackward(c.n2, lp.wGate.value, da, dn2, lp.wGate.grad, T, d, hid);
    linearBackward(c.n2, lp.wUp.value, db, dn2, lp.wUp.grad, T, d, hid);
    rmsNormBackward(c.x2, lp.mlpNorm.value, c.inv2, dn2, dx, lp.mlpNorm.grad, T, d);
    const datt = alloc(T * d);
    linearBackward(c.att, lp.wo.value, dx, datt, lp.wo.grad, T, d, d);
    attentionBackward(c.q, c.k, c.v, c.probs, datt, dq, dk, dv, scratch, T, d, heads, config.window);
    if (config.position === "rope") {
      applyRope(dq, T, d, heads, config.ropeBase, -1, config.ropeScale);
      applyRope(dk, T, d, heads, config.ropeBase, -1, config.ropeScale);
    }
    const dn1 = alloc(T * d);
    linearBackward(c.n1, lp.wq.value, dq, dn1, lp.wq.grad, T, d, d);
    linearBackward(c.n1, lp.wk.value, dk, dn1, lp.wk.grad, T, d, d);
    linearBackward(c.n1, lp.wv.value, dv, dn1, lp.wv.grad, T, d, d);
    rmsNormBackward(c.x, lp.attnNorm.value, c.inv1, dn1, dx, lp.attnNorm.grad, T, d);
  }
  for (let t = 0; t < T; t++) {
    const id = tokens[t]!;
    for (let c = 0; c < d; c++) E.grad[id * d + c]! += dx[t * d + c]!;
  }
  if (params.positionEmbedding) {
    const g = params.positionEmbedding.grad;
    for (let i = 0; i < T * d; i++) g[i]! += dx[i]!;
  }
  return dx;
}
