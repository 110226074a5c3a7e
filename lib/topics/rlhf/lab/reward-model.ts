import type { Pair } from "./preferences";
import { logSigmoid, sigmoid } from "./policy";

/** Linear reward model r(y) = w·φ(y). No bias: Bradley–Terry only sees differences, so a bias cancels. */
export function rewards(w: readonly number[], features: readonly (readonly number[])[]): number[] {
  return features.map((phi) => phi.reduce((s, x, d) => s + x * w[d]!, 0));
}

/** Mean Bradley–Terry loss −log σ(r_c − r_r) over the pairs. */
export function rewardModelLoss(w: readonly number[], features: readonly (readonly number[])[], pairs: readonly Pair[]): number {
  const r = rewards(w, features);
  let loss = 0;
  for (const p of pairs) loss -= logSigmoid(r[p.chosen]! - r[p.rejected]!);
  return loss / pairs.length;
}

/** ∂loss/∂w = mean of −σ(−m)·(φ_c − φ_r), m = r_c − r_r: pairs the model already ranks confidently push little. */
export function rewardModelGradient(w: readonly number[], features: readonly (readonly number[])[], pairs: readonly Pair[]): number[] {
  const r = rewards(w, features);
  const grad = new Array<number>(w.length).fill(0);
  for (const p of pairs) {
    const push = -sigmoid(-(r[p.chosen]! - r[p.rejected]!));
    const fc = features[p.chosen]!;
    const fr = features[p.rejected]!;
    for (let d = 0; d < w.length; d++) grad[d] = grad[d]! + push * (fc[d]! - fr[d]!);
  }
  return grad.map((g) => g / pairs.length);
}

/** Fraction of pairs where the scores rank the labelled winner higher (ties count half). */
export function pairAccuracy(scores: readonly number[], pairs: readonly Pair[]): number {
  let hits = 0;
  for (const p of pairs) {
    const m = scores[p.chosen]! - scores[p.rejected]!;
    hits += m > 0 ? 1 : m === 0 ? 0.5 : 0;
  }
  return hits / pairs.length;
}
