import type { Rng } from "@/lib/labs/seeded-rng";

/**
 * One attention head's scoring path, in float64:
 *   X = token embedding + sinusoidal position, Q = X·Wq, K = X·Wk,
 *   S = Q·Kᵀ/√d, A = softmax of each row of S over the keys the mask allows.
 * The values path (A·V) is left out: the lab studies which keys are scored and
 * how the weights spread, and the training objective below reads A directly.
 */
export type Head = { d: number; wq: Float64Array; wk: Float64Array };

/** Seeded random embeddings (one per distinct word) plus sinusoidal positions, n × d. */
export function embed(tokens: readonly string[], d: number, rng: Rng): Float64Array {
  const vocab = [...new Set(tokens)];
  const table = new Map(vocab.map((word) => [word, Array.from({ length: d }, () => 0.5 * rng.normal())]));
  const x = new Float64Array(tokens.length * d);
  tokens.forEach((word, pos) => {
    const e = table.get(word)!;
    for (let c = 0; c < d / 2; c++) {
      // Base 100 instead of the usual 10,000: over 16–32 positions the slow
      // frequencies of base 10k barely change, leaving little to tell positions apart.
      const angle = pos * Math.pow(100, (-2 * c) / d);
      x[pos * d + 2 * c] = e[2 * c]! + Math.sin(angle);
      x[pos * d + 2 * c + 1] = e[2 * c + 1]! + Math.cos(angle);
    }
  });
  return x;
}

export function initHead(d: number, rng: Rng): Head {
  const init = () => Float64Array.from({ length: d * d }, () => rng.normal() / Math.sqrt(d));
  return { d, wq: init(), wk: init() };
}

/** (rows × inner) · (inner × cols), row-major. */
function matmul(a: Float64Array, b: Float64Array, rows: number, inner: number, cols: number): Float64Array {
  const out = new Float64Array(rows * cols);
  for (let r = 0; r < rows; r++)
    for (let k = 0; k < inner; k++) {
      const av = a[r * inner + k]!;
      if (av === 0) continue;
      for (let c = 0; c < cols; c++) out[r * cols + c]! += av * b[k * cols + c]!;
    }
  return out;
}

export type Forward = { q: Float64Array; k: Float64Array; weights: Float64Array };

/** Softmax weights; masked cells are exactly 0 and each row sums to 1 over its allowed keys. */
export function forward(head: Head, x: Float64Array, mask: Uint8Array, n: number): Forward {
  const { d } = head;
  const q = matmul(x, head.wq, n, d, d);
  const k = matmul(x, head.wk, n, d, d);
  const weights = new Float64Array(n * n);
  const scale = 1 / Math.sqrt(d);
  for (let i = 0; i < n; i++) {
    let max = -Infinity;
    for (let j = 0; j < n; j++) {
      if (!mask[i * n + j]) continue;
      let s = 0;
      for (let c = 0; c < d; c++) s += q[i * d + c]! * k[j * d + c]!;
      weights[i * n + j] = s * scale;
      max = Math.max(max, s * scale);
    }
    // Subtract the row maximum so exp never overflows; masked cells stay 0.
    let sum = 0;
    for (let j = 0; j < n; j++) {
      if (!mask[i * n + j]) continue;
      const e = Math.exp(weights[i * n + j]! - max);
      weights[i * n + j] = e;
      sum += e;
    }
    for (let j = 0; j < n; j++) if (mask[i * n + j]) weights[i * n + j]! /= sum;
  }
  return { q, k, weights };
}

/**
 * The toy task: become a "previous-token head". Query i should put its weight on
 * key i − 1, so the loss is the mean of −log A[i, i−1] over queries that may see
 * their previous token (a window of 1 sees only itself and has nothing to learn).
 */
export function trainableQueries(mask: Uint8Array, n: number): number[] {
  const out: number[] = [];
  for (let i = 1; i < n; i++) if (mask[i * n + i - 1]) out.push(i);
  return out;
}

export function previousTokenLoss(weights: Float64Array, queries: readonly number[], n: number): number {
  let loss = 0;
  for (const i of queries) loss -= Math.log(weights[i * n + i - 1]!);
  return queries.length ? loss / queries.length : 0;
}

/** Share of trained queries whose largest weight is on the previous token. */
export function previousTokenAccuracy(weights: Float64Array, queries: readonly number[], n: number): number {
  let hits = 0;
  for (const i of queries) {
    let best = 0;
    for (let j = 1; j < n; j++) if (weights[i * n + j]! > weights[i * n + best]!) best = j;
    if (best === i - 1) hits++;
  }
  return queries.length ? hits / queries.length : 0;
}

/**
 * Loss and its gradients with respect to Wq and Wk, by hand:
 *   ∂L/∂S[i,j] = (A[i,j] − [j = i−1]) / m for trained rows i (m of them), 0 elsewhere
 *   (the softmax + cross-entropy shortcut; masked cells have A = 0 and no target),
 *   ∂L/∂Q = ∂S·K/√d, ∂L/∂K = ∂Sᵀ·Q/√d, ∂L/∂Wq = Xᵀ·∂Q, ∂L/∂Wk = Xᵀ·∂K.
 */
export function lossAndGradients(head: Head, x: Float64Array, mask: Uint8Array, n: number, queries: readonly number[]) {
  const { d } = head;
  const { q, k, weights } = forward(head, x, mask, n);
  const loss = previousTokenLoss(weights, queries, n);
  const dS = new Float64Array(n * n);
  const m = queries.length || 1;
  const scale = 1 / Math.sqrt(d);
  for (const i of queries) {
    for (let j = 0; j < n; j++) dS[i * n + j] = (weights[i * n + j]! - (j === i - 1 ? 1 : 0)) / m;
  }
  const dQ = new Float64Array(n * d);
  const dK = new Float64Array(n * d);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      const g = dS[i * n + j]! * scale;
      if (g === 0) continue;
      for (let c = 0; c < d; c++) {
        dQ[i * d + c]! += g * k[j * d + c]!;
        dK[j * d + c]! += g * q[i * d + c]!;
      }
    }
  const xT = transpose(x, n, d);
  return { loss, weights, gradWq: matmul(xT, dQ, d, n, d), gradWk: matmul(xT, dK, d, n, d) };
}

function transpose(a: Float64Array, rows: number, cols: number): Float64Array {
  const out = new Float64Array(rows * cols);
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) out[c * rows + r] = a[r * cols + c]!;
  return out;
}

/** Adam, the usual optimiser for attention weights; one state per parameter matrix. */
export function makeAdam(size: number, learningRate: number) {
  const m = new Float64Array(size);
  const v = new Float64Array(size);
  let t = 0;
  const b1 = 0.9;
  const b2 = 0.999;
  return (param: Float64Array, grad: Float64Array) => {
    t++;
    for (let p = 0; p < size; p++) {
      m[p] = b1 * m[p]! + (1 - b1) * grad[p]!;
      v[p] = b2 * v[p]! + (1 - b2) * grad[p]! * grad[p]!;
      const mHat = m[p]! / (1 - b1 ** t);
      const vHat = v[p]! / (1 - b2 ** t);
      param[p]! -= (learningRate * mHat) / (Math.sqrt(vHat) + 1e-8);
    }
  };
}
