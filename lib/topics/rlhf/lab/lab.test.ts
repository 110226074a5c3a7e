import { describe, expect, it } from "vitest";
import { btProbability, dpoLoss as libraryDpoLoss, klPenalizedReward as libraryKlPenalizedReward, rmLoss } from "@/lib/topics/rlhf/compute";
import { dpoLoss } from "./dpo";
import { DEFAULT_RLHF_SETTINGS, runRlhfLab, type RlhfSettings, type RlhfSnapshot } from "./lab";
import { klPenalizedReward } from "./ppo";
import { logSoftmax } from "./policy";
import { rewardModelLoss } from "./reward-model";

function runAll(settings: RlhfSettings = DEFAULT_RLHF_SETTINGS) {
  const updates = [...runRlhfLab(settings)];
  return { first: updates[0]!.data, last: updates.at(-1)!.data, updates };
}

const defaults = runAll();

describe("runRlhfLab", () => {
  it("yields the reward-model curve first, then a complete final snapshot", () => {
    const { first, last, updates } = defaults;
    expect(first.stage).toBe("reward-model");
    expect(first.rewardModel.curve.length).toBeGreaterThan(1);
    expect(first.ppo).toEqual([]);
    expect(first.dpo).toBeNull();
    expect(updates.at(-1)!.progress).toBe(1);
    expect(last.stage).toBe("done");
    expect(last.responseNames).toHaveLength(last.refProbs.length);
    expect(last.features).toHaveLength(last.responseNames.length * last.featureNames.length);
    expect(last.ppo.map((p) => p.beta)).toEqual([DEFAULT_RLHF_SETTINGS.beta1, DEFAULT_RLHF_SETTINGS.beta2]);
    for (const p of last.ppo) {
      expect(p.done).toBe(true);
      expect(p.curve.at(-1)!.step).toBe(DEFAULT_RLHF_SETTINGS.steps);
      expect(p.probs.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 9);
    }
    expect(last.dpo?.done).toBe(true);
    expect(last.checks.map((c) => c.name)).toEqual(
      expect.arrayContaining(["rlhf.bt_probability", "rlhf.rm_loss", "rlhf.kl_penalized_reward", "rlhf.ppo_clip", "rlhf.dpo_loss"]),
    );
    // Progress only moves forward, and earlier snapshots are not changed by later training.
    updates.slice(1).forEach((u, i) => expect(u.progress).toBeGreaterThanOrEqual(updates[i]!.progress));
    expect(first.rewardModel.done).toBe(false);
  });

  it("is deterministic for a seed and changes with it", () => {
    expect(runAll().last).toEqual(defaults.last);
    const other = runAll({ ...DEFAULT_RLHF_SETTINGS, seed: 8 }).last;
    expect(other.rewardModel.weights).not.toEqual(defaults.last.rewardModel.weights);
  });

  it("learns a reward model well above chance on held-out pairs", () => {
    const rm = defaults.last.rewardModel;
    expect(rm.heldOutAccuracy).toBeGreaterThan(0.7);
    expect(rm.curve.at(-1)!.trainLoss).toBeLessThan(rm.curve[0]!.trainLoss);
    expect(rm.curve[0]!.trainLoss).toBeCloseTo(Math.LN2, 12); // w = 0: every pair is a coin flip
  });

  it("keeps KL smaller with a larger β, and PPO lands near the exact optimum π_ref·e^{r/β}", () => {
    const [small, large] = defaults.last.ppo as [RlhfSnapshot["ppo"][number], RlhfSnapshot["ppo"][number]];
    expect(large.beta).toBeGreaterThan(small.beta);
    expect(large.curve.at(-1)!.kl).toBeLessThan(small.curve.at(-1)!.kl);
    expect(large.optimumKl).toBeLessThan(small.optimumKl);
    for (const p of [small, large]) expect(Math.abs(p.curve.at(-1)!.kl - p.optimumKl)).toBeLessThan(0.1);
    // Both improve the true utility over the reference policy.
    const refUtility = defaults.last.refProbs.reduce((s, p, y) => s + p * defaults.last.trueUtility[y]!, 0);
    for (const p of [small, large]) expect(p.curve.at(-1)!.utility).toBeGreaterThan(refUtility);
  });

  it("has DPO lower its loss and raise true utility", () => {
    const dpo = defaults.last.dpo!;
    expect(dpo.curve.at(-1)!.loss).toBeLessThan(dpo.curve[0]!.loss);
    expect(dpo.curve[0]!.kl).toBeCloseTo(0, 12);
    expect(dpo.curve.at(-1)!.utility).toBeGreaterThan(dpo.curve[0]!.utility);
  });

  it("reports numbers that agree with the formula library", () => {
    for (const c of defaults.last.checks) expect(Math.abs(c.lab - c.library)).toBeLessThan(1e-12 * Math.max(1, Math.abs(c.library)));
  });

  it("rejects settings out of range with a message naming the setting", () => {
    expect(() => runRlhfLab({ ...DEFAULT_RLHF_SETTINGS, epsilon: 1.5 }).next()).toThrow(/Clip range ε must be between/);
    expect(() => runRlhfLab({ ...DEFAULT_RLHF_SETTINGS, steps: 12.5 }).next()).toThrow(/whole number/);
    expect(() => runRlhfLab({ ...DEFAULT_RLHF_SETTINGS, beta1: 0 }).next()).toThrow(/β₁/);
  });
});

describe("the lab's losses equal the formula library's", () => {
  const samples = [
    [1.3, -0.4],
    [-2, 0.5],
    [0, 0],
    [12, -9],
  ] as const;

  it("Bradley–Terry probability and reward-model loss", () => {
    const features = [[1], [0]];
    for (const [rChosen, rRejected] of samples) {
      // A one-feature model with φ = (1, 0) and w = r_c − r_r gives that margin on the pair (0 ≻ 1).
      const lab = rewardModelLoss([rChosen - rRejected], features, [{ chosen: 0, rejected: 1 }]);
      expect(lab).toBeCloseTo(rmLoss({ rChosen, rRejected }).value, 12);
      expect(Math.exp(-lab)).toBeCloseTo(btProbability({ rChosen, rRejected }).value, 12);
    }
  });

  it("DPO loss and KL-penalised reward", () => {
    const logRef = logSoftmax([0.2, -0.3, 0.5]);
    for (const beta of [0.1, 0.5]) {
      for (const logits of [[1, -1, 0], [-2, 3, 0.5]]) {
        const logp = logSoftmax(logits);
        const pair = { chosen: 0, rejected: 1 };
        const lib = libraryDpoLoss({ beta, policyChosen: logp[0]!, policyRejected: logp[1]!, refChosen: logRef[0]!, refRejected: logRef[1]! }).value;
        expect(dpoLoss(logits, logRef, [pair], beta)).toBeCloseTo(lib, 12);
        expect(klPenalizedReward(2.5, logp[2]!, logRef[2]!, beta)).toBeCloseTo(libraryKlPenalizedReward({ reward: 2.5, logpPolicy: logp[2]!, logpRef: logRef[2]!, beta }).value, 12);
      }
    }
  });
});
