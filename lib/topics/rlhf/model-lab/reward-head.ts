import type { LmConfig } from "@/lib/lm/config";
import { forward } from "@/lib/lm/model";
import type { LmParams } from "@/lib/lm/params";

/**
 * The reward model: a linear head r = w·f + b on the frozen language model, where f is the final
 * normalised hidden state averaged over the continuation's positions. Trained with the
 * Bradley–Terry loss −log σ(r_chosen − r_rejected) (InstructGPT's reward-model loss).
 */
export type RewardHead = { w: Float64Array; b: number };

export function features(params: LmParams, config: LmConfig, sequence: readonly number[], from: number): Float64Array {
  const { cache } = forward(params, config, sequence.slice(0, -1));
  const d = config.width;
  const f = new Float64Array(d);
  const rows = sequence.length - from;
  for (let t = from - 1; t < sequence.length - 1; t++) for (let c = 0; c < d; c++) f[c]! += cache.nf[t * d + c]! / rows;
  return f;
}

export const reward = (head: RewardHead, f: Float64Array) => f.reduce((s, v, i) => s + v * head.w[i]!, head.b);

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

type FeaturePair = { chosen: Float64Array; rejected: Float64Array };

/** The mean Bradley–Terry loss over the pairs and its gradient with respect to w (the bias cancels in r_c − r_r). */
export function bradleyTerry(head: RewardHead, pairs: readonly FeaturePair[]): { loss: number; grad: Float64Array } {
  const grad = new Float64Array(head.w.length);
  let loss = 0;
  for (const p of pairs) {
    const margin = reward(head, p.chosen) - reward(head, p.rejected);
    loss -= Math.log(sigmoid(margin)) / pairs.length;
    // ∂/∂w of −log σ(w·(f_c − f_r)) = −(1 − σ)·(f_c − f_r)
    const k = -(1 - sigmoid(margin)) / pairs.length;
    for (let i = 0; i < grad.length; i++) grad[i]! += k * (p.chosen[i]! - p.rejected[i]!);
  }
  return { loss, grad };
}

/**
 * Full-batch gradient descent on the mean Bradley–Terry loss plus an L2 penalty (a few dozen pairs
 * against 96 weights would otherwise be memorised); returns the loss after every epoch.
 */
export function trainRewardHead(pairs: readonly FeaturePair[], epochs: number, learningRate: number, l2: number): { head: RewardHead; losses: number[] } {
  const head: RewardHead = { w: new Float64Array(pairs[0]!.chosen.length), b: 0 };
  const losses: number[] = [];
  for (let e = 0; e < epochs; e++) {
    const { loss, grad } = bradleyTerry(head, pairs);
    for (let i = 0; i < grad.length; i++) head.w[i]! -= learningRate * (grad[i]! + l2 * head.w[i]!);
    losses.push(loss);
  }
  return { head, losses };
}

export function pairAccuracy(head: RewardHead, pairs: readonly FeaturePair[]): number {
  if (pairs.length === 0) return 0;
  return pairs.filter((p) => reward(head, p.chosen) > reward(head, p.rejected)).length / pairs.length;
}
