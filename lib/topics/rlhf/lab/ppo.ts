import type { Rng } from "@/lib/labs/seeded-rng";
import { expectation, logSoftmax, sampleIndex } from "./policy";

/**
 * The per-sample reward PPO maximises in RLHF: r(y) − β·(log π(y) − log π_ref(y)).
 * Its expectation under π is E[r] − β·KL(π‖π_ref).
 */
export function klPenalizedReward(reward: number, logpPolicy: number, logpRef: number, beta: number): number {
  return reward - beta * (logpPolicy - logpRef);
}

/** The exact objective J(θ) = Σ π r − β Σ π log(π/π_ref), summed over all K responses. */
export function klPenalizedObjective(logits: readonly number[], reward: readonly number[], logRef: readonly number[], beta: number): number {
  const logp = logSoftmax(logits);
  const perResponse = logp.map((lp, y) => klPenalizedReward(reward[y]!, lp, logRef[y]!, beta));
  return expectation(logp.map(Math.exp), perResponse);
}

/**
 * ∂J/∂θ_k = π_k (a_k − Σ_y π_y a_y) with a_y = r_y − β log(π_y/π_ref_y): the
 * softmax gradient of "how much better than average is response k", where the
 * +β from differentiating π log π cancels against the mean.
 */
export function klPenalizedObjectiveGradient(logits: readonly number[], reward: readonly number[], logRef: readonly number[], beta: number): number[] {
  const logp = logSoftmax(logits);
  const p = logp.map(Math.exp);
  const a = logp.map((lp, y) => klPenalizedReward(reward[y]!, lp, logRef[y]!, beta));
  const mean = expectation(p, a);
  return p.map((pk, k) => pk * (a[k]! - mean));
}

/** One batch of experience: sampled responses, their log-probabilities under π_old, and advantages. */
export type Batch = { actions: number[]; oldLogProbs: number[]; advantages: number[] };

/**
 * Samples from π_old and scores each sample with the KL-penalised reward; the
 * batch mean is the baseline (no critic: with one prompt a value function is a constant).
 */
export function collectBatch(logits: readonly number[], reward: readonly number[], logRef: readonly number[], beta: number, size: number, rng: Rng): Batch {
  const logp = logSoftmax(logits);
  const p = logp.map(Math.exp);
  const actions = Array.from({ length: size }, () => sampleIndex(p, rng.uniform));
  const oldLogProbs = actions.map((y) => logp[y]!);
  const returns = actions.map((y) => klPenalizedReward(reward[y]!, logp[y]!, logRef[y]!, beta));
  const baseline = returns.reduce((s, x) => s + x, 0) / size;
  return { actions, oldLogProbs, advantages: returns.map((x) => x - baseline) };
}

/** One sample's clipped term min(ρA, clip(ρ, 1−ε, 1+ε)A). */
export function clippedTerm(ratio: number, advantage: number, epsilon: number): number {
  const clipped = Math.min(1 + epsilon, Math.max(1 - epsilon, ratio));
  return Math.min(ratio * advantage, clipped * advantage);
}

/** PPO's clipped surrogate averaged over the batch, with ρ = π_θ(y)/π_old(y). */
export function ppoSurrogate(logits: readonly number[], batch: Batch, epsilon: number): number {
  const logp = logSoftmax(logits);
  let total = 0;
  batch.actions.forEach((y, i) => {
    total += clippedTerm(Math.exp(logp[y]! - batch.oldLogProbs[i]!), batch.advantages[i]!, epsilon);
  });
  return total / batch.actions.length;
}

/**
 * ∂/∂θ_k of the surrogate. Where the clipped term is the smaller one it is a
 * constant, so that sample contributes nothing: once the ratio has moved ε in
 * the advantage's direction, the update stops pushing it. Otherwise
 * ∂(ρA)/∂θ_k = A·ρ·(1[k = y] − π_k).
 */
export function ppoSurrogateGradient(logits: readonly number[], batch: Batch, epsilon: number): { grad: number[]; clipFraction: number } {
  const logp = logSoftmax(logits);
  const p = logp.map(Math.exp);
  const grad = new Array<number>(logits.length).fill(0);
  let clippedCount = 0;
  batch.actions.forEach((y, i) => {
    const ratio = Math.exp(logp[y]! - batch.oldLogProbs[i]!);
    const a = batch.advantages[i]!;
    if ((a > 0 && ratio > 1 + epsilon) || (a < 0 && ratio < 1 - epsilon)) {
      clippedCount++;
      return;
    }
    for (let k = 0; k < grad.length; k++) grad[k] = grad[k]! + a * ratio * ((k === y ? 1 : 0) - p[k]!);
  });
  const n = batch.actions.length;
  return { grad: grad.map((g) => g / n), clipFraction: clippedCount / n };
}
