import type { LabContext, LabUpdate } from "@/lib/labs/protocol";
import { adamWStep, ADAMW_DEFAULTS, clipGradients, makeAdamW } from "@/lib/lm/adamw";
import type { LmConfig } from "@/lib/lm/config";
import { splitCorpus } from "@/lib/lm/corpus-split";
import { generate } from "@/lib/lm/generate";
import { bindParams, zeroGrads, type LmParams } from "@/lib/lm/params";
import { sequenceLogProb } from "@/lib/lm/sequence-log-prob";
import type { Tokenizer } from "@/lib/lm/tokenizer";
import { hash32 } from "@/lib/random/seeded-random";
import { features, pairAccuracy, reward, trainRewardHead, type RewardHead } from "./reward-head";
import { courseWords, HELD_OUT_PROMPTS, PROMPTS, ruleScore, wordScore } from "./rule";
import { validateRlhfModelSettings, type RlhfModelSettings } from "./settings";

/** Means over the same prompts and seeds at every point: the reward model's score, the rule, the real-word share, and KL to the base model. */
export type PolicyPoint = { step: number; rule: number; words: number; reward: number; kl: number };
export type PpoRun = { beta: number; points: PolicyPoint[]; samples: string[] };
export type DpoPoint = { step: number; loss: number; rule: number; words: number; kl: number };

export type RlhfModelSnapshot = {
  settings: RlhfModelSettings;
  data: { samples: number; trainPairs: number; heldOutPairs: number; meanRule: number; examples: { prompt: string; chosen: string; rejected: string; chosenScore: number; rejectedScore: number }[] } | null;
  rewardModel: { losses: number[]; trainAccuracy: number; heldOutAccuracy: number } | null;
  /** What the base model writes for the evaluation openings, before any tuning. */
  before: string[];
  ppo: PpoRun[];
  dpo: { points: DpoPoint[]; samples: string[] } | null;
};

const CONTINUATION = 16;
const PER_PROMPT = 8;
const GROUP = 6;
const CLIP = 0.2;
const POLICY_LR = 3e-4;
const EVAL_SAMPLES = 16;
const SAMPLING = { temperature: 1, topK: null } as const;

type Sample = { prompt: number[]; sequence: number[]; text: string; rule: number; words: number };

function sampleFrom(params: LmParams, config: LmConfig, tokenizer: Tokenizer, prompt: string, seed: number, words: ReadonlySet<string>): Sample {
  const p = tokenizer.encode(prompt);
  const continuation = generate(params, config, p, CONTINUATION, { ...SAMPLING, seed });
  const text = tokenizer.decode(continuation);
  return { prompt: p, sequence: [...p, ...continuation], text, rule: ruleScore(text), words: wordScore(text, words) };
}

/** Σ over the continuation of log π − log π_ref: the sample's KL estimate, as InstructGPT's per-token penalty sums it. */
const logRatio = (policy: LmParams, reference: LmParams, config: LmConfig, s: Sample) => sequenceLogProb(policy, config, s.sequence, s.prompt.length) - sequenceLogProb(reference, config, s.sequence, s.prompt.length);

/**
 * The RLHF lab on the course model. Preference pairs come from the model's own samples, ordered by
 * a stated rule (the share of real course words); a Bradley–Terry reward head learns them; then
 * PPO (clipped surrogate, KL penalty β to the base model, a group-mean baseline instead of a learned
 * critic) at two β, and DPO on the same pairs. Reward, rule score, KL and samples are reported over
 * training.
 */
export async function* runRlhfModelLab(input: RlhfModelSettings, context: LabContext): AsyncGenerator<LabUpdate<RlhfModelSnapshot>, void, void> {
  const s = validateRlhfModelSettings(input);
  const base = await context.loadModel("base");
  const config = base.manifest.config;
  const { tokenizer } = base;
  const words = courseWords(splitCorpus(await context.loadCorpus()).train);
  const snap: RlhfModelSnapshot = { settings: s, data: null, rewardModel: null, before: [], ppo: [], dpo: null };

  // 1. The model's own samples, paired by the rule: every two continuations of a prompt with different scores.
  const byPrompt: Sample[][] = [];
  for (const [pi, prompt] of PROMPTS.entries()) {
    byPrompt.push(Array.from({ length: PER_PROMPT }, (_, k) => sampleFrom(base.params, config, tokenizer, prompt, hash32(`rlhf-data:${pi}:${k}`), words)));
    if (pi === 0) {
      const first = byPrompt[0]!;
      const [best, worst] = [first.reduce((a, b) => (b.rule > a.rule ? b : a)), first.reduce((a, b) => (b.rule < a.rule ? b : a))];
      snap.data = { samples: first.length, trainPairs: 0, heldOutPairs: 0, meanRule: first.reduce((a, x) => a + x.rule, 0) / first.length, examples: [{ prompt, chosen: best.text, rejected: worst.text, chosenScore: best.rule, rejectedScore: worst.rule }] };
      yield { progress: 0.01, message: `Sampled the first ${first.length} continuations`, data: { ...snap } };
    }
  }
  const pairs = byPrompt.map((samples) => {
    const out: { chosen: Sample; rejected: Sample }[] = [];
    for (let i = 0; i < samples.length; i++)
      for (let j = i + 1; j < samples.length; j++) {
        const [a, b] = [samples[i]!, samples[j]!];
        if (a.rule !== b.rule) out.push(a.rule > b.rule ? { chosen: a, rejected: b } : { chosen: b, rejected: a });
      }
    return out;
  });
  const trainPairs = pairs.slice(0, PROMPTS.length - HELD_OUT_PROMPTS).flat();
  const heldOutPairs = pairs.slice(PROMPTS.length - HELD_OUT_PROMPTS).flat();
  const all = byPrompt.flat();
  snap.data = {
    samples: all.length,
    trainPairs: trainPairs.length,
    heldOutPairs: heldOutPairs.length,
    meanRule: all.reduce((a, x) => a + x.rule, 0) / all.length,
    examples: pairs
      .map((ps, i) => ({ ps, prompt: PROMPTS[i]! }))
      .filter(({ ps }) => ps.length > 0)
      .slice(0, 3)
      .map(({ ps, prompt }) => {
        const best = ps.reduce((x, y) => (y.chosen.rule - y.rejected.rule > x.chosen.rule - x.rejected.rule ? y : x));
        return { prompt, chosen: best.chosen.text, rejected: best.rejected.text, chosenScore: best.chosen.rule, rejectedScore: best.rejected.rule };
      }),
  };
  yield { progress: 0.05, message: `Sampled ${all.length} continuations and paired them by the rule`, data: { ...snap } };

  // 2. The reward model: a Bradley–Terry head on the frozen base model's features.
  const f = new Map(all.map((x) => [x, features(base.params, config, x.sequence, x.prompt.length)]));
  const asFeatures = (ps: { chosen: Sample; rejected: Sample }[]) => ps.map((p) => ({ chosen: f.get(p.chosen)!, rejected: f.get(p.rejected)! }));
  const { head, losses } = trainRewardHead(asFeatures(trainPairs), 100, 1, 0.05);
  snap.rewardModel = { losses, trainAccuracy: pairAccuracy(head, asFeatures(trainPairs)), heldOutAccuracy: pairAccuracy(head, asFeatures(heldOutPairs)) };
  yield { progress: 0.12, message: "Trained the reward model on the pairs", data: { ...snap } };

  // The reward model scores with its own frozen copy of the base model, whatever the policy has become.
  const score = (rm: RewardHead, x: Sample) => reward(rm, features(base.params, config, x.sequence, x.prompt.length));
  // The same prompts and seeds at every evaluation, so the curves move with the policy, not with the draw.
  const evaluatePolicy = (policy: LmParams, step: number) => {
    const batch = Array.from({ length: EVAL_SAMPLES }, (_, i) => sampleFrom(policy, config, tokenizer, PROMPTS[i % PROMPTS.length]!, hash32(`rlhf-eval:${i}`), words));
    const mean = (g: (x: Sample) => number) => batch.reduce((a, x) => a + g(x), 0) / batch.length;
    return {
      point: { step, rule: mean((x) => x.rule), words: mean((x) => x.words), reward: mean((x) => score(head, x)), kl: mean((x) => logRatio(policy, base.params, config, x)) },
      samples: batch.slice(0, 4).map((x, i) => `${PROMPTS[i]}${x.text}`),
    };
  };

  // 3. PPO at each β: sample a group, score it with the reward model minus β·KL, and take two clipped epochs on it.
  const total = 2 * s.steps + s.steps;
  let done = 0;
  for (const beta of s.betas) {
    const policy = bindParams(config, Float32Array.from(base.params.values));
    const optimizer = makeAdamW(policy);
    const start = evaluatePolicy(policy, 0);
    snap.before = start.samples;
    const run: PpoRun = { beta, points: [start.point], samples: start.samples };
    snap.ppo = [...snap.ppo, run];
    for (let step = 1; step <= s.steps; step++) {
      const group = Array.from({ length: GROUP }, (_, g) => sampleFrom(policy, config, tokenizer, PROMPTS[(step * GROUP + g) % (PROMPTS.length - HELD_OUT_PROMPTS)]!, hash32(`ppo:${beta}:${step}:${g}`), words));
      const old = group.map((x) => sequenceLogProb(policy, config, x.sequence, x.prompt.length));
      const ref = group.map((x) => sequenceLogProb(base.params, config, x.sequence, x.prompt.length));
      const rewards = group.map((x, g) => score(head, x) - beta * (old[g]! - ref[g]!));
      const mean = rewards.reduce((a, b) => a + b, 0) / GROUP;
      const std = Math.sqrt(rewards.reduce((a, b) => a + (b - mean) ** 2, 0) / GROUP) + 1e-6;
      const advantages = rewards.map((r) => (r - mean) / std);
      for (let epoch = 0; epoch < 2; epoch++) {
        zeroGrads(policy);
        group.forEach((x, g) => {
          const a = advantages[g]!;
          const ratio = Math.exp(sequenceLogProb(policy, config, x.sequence, x.prompt.length) - old[g]!);
          // The clipped surrogate has no gradient once the ratio has left [1 − ε, 1 + ε] in the advantage's direction.
          if ((a > 0 && ratio > 1 + CLIP) || (a < 0 && ratio < 1 - CLIP)) return;
          // Loss −ρ·A: its gradient is A·ρ·∂(−log π), which sequenceLogProb accumulates with weight A·ρ.
          sequenceLogProb(policy, config, x.sequence, x.prompt.length, (a * ratio) / GROUP);
        });
        clipGradients(policy, 1);
        adamWStep(policy, optimizer, POLICY_LR, { ...ADAMW_DEFAULTS, weightDecay: 0 });
      }
      done++;
      if (step % 5 === 0 || step === s.steps) {
        const e = evaluatePolicy(policy, step);
        run.points = [...run.points, e.point];
        run.samples = e.samples;
        snap.ppo = snap.ppo.map((r) => (r.beta === beta ? { ...run } : r));
      }
      yield { progress: 0.12 + (0.88 * done) / total, message: `PPO at β = ${beta}, step ${step} of ${s.steps}`, data: { ...snap } };
    }
  }

  // 4. DPO on the same training pairs, against the base model as reference: no reward model, no sampling while training.
  const policy = bindParams(config, Float32Array.from(base.params.values));
  const optimizer = makeAdamW(policy);
  const refLog = new Map(trainPairs.flatMap((p) => [p.chosen, p.rejected]).map((x) => [x, sequenceLogProb(base.params, config, x.sequence, x.prompt.length)]));
  const start = evaluatePolicy(policy, 0);
  snap.dpo = { points: [{ step: 0, loss: Math.log(2), rule: start.point.rule, words: start.point.words, kl: start.point.kl }], samples: start.samples };
  for (let step = 1; step <= s.steps; step++) {
    zeroGrads(policy);
    const batch = Array.from({ length: GROUP }, (_, i) => trainPairs[(step * GROUP + i) % trainPairs.length]!);
    let loss = 0;
    for (const p of batch) {
      const chosen = sequenceLogProb(policy, config, p.chosen.sequence, p.chosen.prompt.length) - refLog.get(p.chosen)!;
      const rejected = sequenceLogProb(policy, config, p.rejected.sequence, p.rejected.prompt.length) - refLog.get(p.rejected)!;
      const z = s.dpoBeta * (chosen - rejected);
      const sig = 1 / (1 + Math.exp(-z));
      loss -= Math.log(sig) / GROUP;
      // ∂(−log σ(z)) = −(1 − σ)·β·(∂log π(chosen) − ∂log π(rejected)); weights on ∂(−log π): c for chosen, −c for rejected.
      const c = ((1 - sig) * s.dpoBeta) / GROUP;
      sequenceLogProb(policy, config, p.chosen.sequence, p.chosen.prompt.length, c);
      sequenceLogProb(policy, config, p.rejected.sequence, p.rejected.prompt.length, -c);
    }
    clipGradients(policy, 1);
    adamWStep(policy, optimizer, POLICY_LR, { ...ADAMW_DEFAULTS, weightDecay: 0 });
    done++;
    if (step % 5 === 0 || step === s.steps) {
      const e = evaluatePolicy(policy, step);
      snap.dpo = { points: [...snap.dpo.points, { step, loss, rule: e.point.rule, words: e.point.words, kl: e.point.kl }], samples: e.samples };
    }
    yield { progress: 0.12 + (0.88 * done) / total, message: `DPO, step ${step} of ${s.steps}`, data: { ...snap } };
  }
}
