import { describe, expect, it } from "vitest";
import { makeRng } from "@/lib/labs/seeded-rng";
import { dpoGradient, dpoLoss } from "./dpo";
import { collectBatch, klPenalizedObjective, klPenalizedObjectiveGradient, ppoSurrogate, ppoSurrogateGradient } from "./ppo";
import { samplePairs } from "./preferences";
import { rewardModelGradient, rewardModelLoss } from "./reward-model";
import { softmax } from "./policy";
import { RESPONSES, referenceLogProbs, trueUtility } from "./world";

/** Central differences (f(x+h) − f(x−h)) / 2h, coordinate by coordinate, in float64. */
function numericGradient(f: (x: number[]) => number, x: readonly number[], h = 1e-5): number[] {
  return x.map((_, i) => {
    const plus = [...x];
    const minus = [...x];
    plus[i] = plus[i]! + h;
    minus[i] = minus[i]! - h;
    return (f(plus) - f(minus)) / (2 * h);
  });
}

function expectClose(analytic: readonly number[], numeric: readonly number[]) {
  const scale = Math.max(1e-6, ...numeric.map(Math.abs));
  analytic.forEach((a, i) => expect(Math.abs(a - numeric[i]!) / scale).toBeLessThan(1e-3));
}

const features = RESPONSES.map((r) => r.features);
const utility = RESPONSES.map(trueUtility);
const logRef = referenceLogProbs();
const refProbs = logRef.map(Math.exp);
const pairs = samplePairs(100, refProbs, utility, makeRng(3));
const randomVector = (n: number, seed: number) => {
  const rng = makeRng(seed);
  return Array.from({ length: n }, () => rng.normal());
};

describe("gradients against central differences", () => {
  it("reward-model loss", () => {
    for (const seed of [1, 2, 3]) {
      const w = randomVector(features[0]!.length, seed);
      expectClose(rewardModelGradient(w, features, pairs), numericGradient((x) => rewardModelLoss(x, features, pairs), w));
    }
  });

  it("DPO loss", () => {
    for (const beta of [0.1, 0.5, 2]) {
      const logits = randomVector(RESPONSES.length, 10 + beta);
      expectClose(dpoGradient(logits, logRef, pairs, beta), numericGradient((x) => dpoLoss(x, logRef, pairs, beta), logits));
    }
  });

  it("KL-penalised policy objective E[r] − β·KL", () => {
    const reward = randomVector(RESPONSES.length, 5);
    for (const beta of [0.05, 0.5, 2]) {
      const logits = randomVector(RESPONSES.length, 20 + beta);
      expectClose(klPenalizedObjectiveGradient(logits, reward, logRef, beta), numericGradient((x) => klPenalizedObjective(x, reward, logRef, beta), logits));
    }
  });

  it("PPO clipped surrogate, inside and outside the clip range", () => {
    const reward = randomVector(RESPONSES.length, 6);
    const old = randomVector(RESPONSES.length, 7);
    const batch = collectBatch(old, reward, logRef, 0.1, 32, makeRng(8));
    // Near θ_old nothing is clipped; a farther θ clips some samples (their gradient must be 0).
    for (const [shift, seed] of [[0.05, 9], [0.6, 10]] as const) {
      const step = randomVector(old.length, seed);
      const logits = old.map((z, i) => z + shift * step[i]!);
      const { grad, clipFraction } = ppoSurrogateGradient(logits, batch, 0.2);
      if (shift > 0.5) expect(clipFraction).toBeGreaterThan(0);
      expectClose(grad, numericGradient((x) => ppoSurrogate(x, batch, 0.2), logits, 1e-6));
    }
  });

  it("the surrogate's gradient at θ_old equals the policy gradient of the sampled rewards", () => {
    // At ρ = 1 PPO's surrogate is REINFORCE with a baseline: mean of A·(e_y − π).
    const reward = randomVector(RESPONSES.length, 11);
    const logits = randomVector(RESPONSES.length, 12);
    const batch = collectBatch(logits, reward, logRef, 0.3, 16, makeRng(13));
    const p = softmax(logits);
    const expected = p.map((pk, k) => batch.actions.reduce((s, y, i) => s + batch.advantages[i]! * ((k === y ? 1 : 0) - pk), 0) / batch.actions.length);
    expectClose(ppoSurrogateGradient(logits, batch, 0.2).grad, expected);
  });
});
