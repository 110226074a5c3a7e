import { describe, expect, it } from "vitest";
import { shippedModelsContext } from "@/test/lm/shipped-models";
import { runRlhfModelLab, type RlhfModelSnapshot } from "./lab";
import { worstGradientMismatch } from "@/lib/lm/gradient-check";
import { bradleyTerry, pairAccuracy, trainRewardHead } from "./reward-head";
import { courseWords, ruleScore, wordScore } from "./rule";
import { DEFAULT_RLHF_MODEL_SETTINGS, validateRlhfModelSettings } from "./settings";

async function run() {
  const snapshots: RlhfModelSnapshot[] = [];
  for await (const update of runRlhfModelLab(DEFAULT_RLHF_MODEL_SETTINGS, shippedModelsContext())) snapshots.push(update.data);
  return snapshots;
}

describe("the preference rule and the reward head", () => {
  it("scores letters and spaces, and can be gamed by spaces; the word score can't", () => {
    const words = courseWords("the cache holds keys and values");
    expect(ruleScore("ab 1$")).toBeCloseTo(3 / 5, 12);
    expect(ruleScore("          ")).toBe(1);
    expect(wordScore("          ", words)).toBe(0);
    expect(wordScore("the cache zzq", words)).toBeCloseTo(2 / 3, 12);
  });

  it("has the Bradley–Terry gradient right, against central differences", () => {
    const pairs = Array.from({ length: 5 }, (_, i) => ({ chosen: Float64Array.from({ length: 4 }, (_, j) => Math.sin(i + j)), rejected: Float64Array.from({ length: 4 }, (_, j) => Math.cos(i * j)) }));
    const head = { w: Float64Array.from([0.3, -0.2, 0.5, 0.1]), b: 0.4 };
    const { grad } = bradleyTerry(head, pairs);
    expect(worstGradientMismatch(head.w, grad, () => bradleyTerry(head, pairs).loss).relative).toBeLessThan(1e-6);
  });

  it("learns a separable preference with the Bradley–Terry loss", () => {
    const pairs = Array.from({ length: 20 }, (_, i) => ({ chosen: Float64Array.from([1 + (i % 3), 0.5]), rejected: Float64Array.from([(i % 3) - 1, 0.5]) }));
    const { head, losses } = trainRewardHead(pairs, 50, 0.5, 0);
    expect(losses[0]).toBeCloseTo(Math.log(2), 12);
    expect(losses.at(-1)!).toBeLessThan(0.1);
    expect(pairAccuracy(head, pairs)).toBe(1);
  });
});

// 64 samples, a reward head, two PPO runs and a DPO run of 15 steps: 10–25 seconds in Node.
describe("the RLHF lab on the course model", { timeout: 180_000 }, () => {
  const done = run();

  it("first shows the first prompt's own samples with their rule scores", async () => {
    const first = (await done)[0]!;
    expect(first.data!.samples).toBe(8);
    expect(first.rewardModel).toBeNull();
  });

  it("pairs the samples by the rule, and the reward head ranks held-out pairs mostly right", async () => {
    const last = (await done).at(-1)!;
    expect(last.data!.samples).toBe(64);
    expect(last.data!.trainPairs).toBeGreaterThan(50);
    expect(last.data!.heldOutPairs).toBeGreaterThan(10);
    for (const e of last.data!.examples) expect(e.chosenScore).toBeGreaterThan(e.rejectedScore);
    expect(last.rewardModel!.heldOutAccuracy).toBeGreaterThan(0.75);
  });

  it("moves the reward with PPO at both β; the weaker penalty drifts further (KL) and hacks the rule: fewer real words", async () => {
    const [penalised, free] = (await done).at(-1)!.ppo;
    const first = (r: typeof penalised) => r!.points[0]!;
    const end = (r: typeof penalised) => r!.points.at(-1)!;
    expect(penalised!.beta).toBe(0.1);
    expect(free!.beta).toBe(0);
    for (const r of [penalised, free]) expect(end(r).reward).toBeGreaterThan(first(r).reward);
    expect(end(free).kl).toBeGreaterThan(end(penalised).kl);
    expect(end(free).words).toBeLessThan(first(free).words);
  });

  it("moves the rule with DPO on the same pairs, away from the reference", async () => {
    const dpo = (await done).at(-1)!.dpo!;
    expect(dpo.points.at(-1)!.rule).toBeGreaterThan(dpo.points[0]!.rule);
    expect(dpo.points.at(-1)!.kl).toBeGreaterThan(0);
    expect(dpo.samples).toHaveLength(4);
    // The same openings and seeds before tuning: a point of comparison for every policy's texts.
    expect((await done).at(-1)!.before).toHaveLength(4);
  });

  it("refuses settings it can't run", () => {
    expect(() => validateRlhfModelSettings({ ...DEFAULT_RLHF_MODEL_SETTINGS, betas: [0.1] as never })).toThrow(/two KL weights/);
    expect(() => validateRlhfModelSettings({ ...DEFAULT_RLHF_MODEL_SETTINGS, dpoBeta: 0 })).toThrow(/above 0/);
    expect(() => validateRlhfModelSettings({ ...DEFAULT_RLHF_MODEL_SETTINGS, steps: 7 })).toThrow(/not 7/);
  });
});
