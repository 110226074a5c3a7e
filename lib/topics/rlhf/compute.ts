import { defineCompute } from "@/lib/compute/define";
import { fmt, fmtOperand } from "@/lib/compute/format";
import { count, invalidInput, logProb, positive, real } from "@/lib/compute/input-specs";
import { sigmoid, softplus } from "@/lib/compute/sigmoid";
import type { InputSpec } from "@/lib/compute/types";

const TOPIC = "rlhf" as const;
const INSTRUCTGPT = "InstructGPT, arXiv 2203.02155";

const reward = (label: string): InputSpec => real(label, "reward");
const beta: InputSpec = positive("KL coefficient β", "coefficient");
const pairInputs = { rChosen: reward("Reward of the chosen response r_c"), rRejected: reward("Reward of the rejected response r_r") };

/** Bradley–Terry: P(chosen ≻ rejected) = σ(r_c − r_r); only the reward difference matters. */
export const BT_PROBABILITY = defineCompute({
  name: "rlhf.bt_probability",
  title: "Bradley–Terry preference probability",
  topic: TOPIC,
  description: "Probability the reward model assigns to the chosen response being preferred over the rejected one.",
  convention: "P = σ(r_c − r_r) = 1/(1 + e^−(r_c − r_r)); equal rewards give 0.5.",
  inputs: pairInputs,
  outputUnit: "",
  outputLabel: "probability",
  source: INSTRUCTGPT,
  run: ({ rChosen, rRejected }) => {
    const margin = rChosen - rRejected;
    const value = sigmoid(margin);
    return { value, unit: "", steps: () => [`Margin r_c − r_r = ${fmt(rChosen)} − ${fmtOperand(rRejected)} = ${fmt(margin)}.`, `σ(${fmt(margin)}) = 1/(1 + e^${fmtOperand(-margin)}) = ${fmt(value)}.`] };
  },
});

/** Reward-model loss for one pair: −log σ(r_c − r_r) = softplus(−margin), natural log. */
export const RM_LOSS = defineCompute({
  name: "rlhf.rm_loss",
  title: "Reward-model pairwise loss",
  topic: TOPIC,
  description: "Bradley–Terry loss of the reward model on one (chosen, rejected) pair.",
  convention: "−ln σ(r_c − r_r), natural log (nats); ln 2 ≈ 0.6931 at margin 0. InstructGPT averages it over the C(K,2) pairs of each prompt.",
  inputs: pairInputs,
  outputUnit: "",
  outputLabel: "loss (nats)",
  source: INSTRUCTGPT,
  run: ({ rChosen, rRejected }) => {
    const margin = rChosen - rRejected;
    const value = softplus(-margin);
    return {
      value,
      unit: "",
      steps: () => [`Margin r_c − r_r = ${fmt(rChosen)} − ${fmtOperand(rRejected)} = ${fmt(margin)}.`, `−ln σ(${fmt(margin)}) = ln(1 + e^${fmtOperand(-margin)}) = ${fmt(value)}.`],
    };
  },
});

/** The quantity PPO maximises in RLHF: r − β·(log π − log π_ref), a per-sample estimate of the KL-penalised reward. */
export const KL_PENALIZED_REWARD = defineCompute({
  name: "rlhf.kl_penalized_reward",
  title: "KL-penalised reward",
  topic: TOPIC,
  description: "Reward after subtracting β times the log-ratio of the policy to the reference (SFT) model for one response.",
  convention: "r − β·(log π(y|x) − log π_ref(y|x)), natural-log probabilities of the whole response.",
  inputs: { reward: reward("Reward r"), logpPolicy: logProb("Policy log-probability log π(y|x)"), logpRef: logProb("Reference log-probability log π_ref(y|x)"), beta },
  outputUnit: "",
  outputLabel: "reward",
  source: INSTRUCTGPT,
  run: ({ reward: r, logpPolicy, logpRef, beta: b }) => {
    const logRatio = logpPolicy - logpRef;
    const value = r - b * logRatio;
    return {
      value,
      unit: "",
      steps: () => [
        `Log-ratio log π − log π_ref = ${fmt(logpPolicy)} − ${fmtOperand(logpRef)} = ${fmt(logRatio)}.`,
        `r − β·log-ratio = ${fmt(r)} − ${fmt(b)} × ${fmtOperand(logRatio)} = ${fmt(value)}.`,
      ],
    };
  },
});

/** DPO: −log σ(β[(log π(y_w) − log π_ref(y_w)) − (log π(y_l) − log π_ref(y_l))]). */
export const DPO_LOSS = defineCompute({
  name: "rlhf.dpo_loss",
  title: "DPO loss",
  topic: TOPIC,
  description: "Direct Preference Optimization loss on one (chosen, rejected) pair, from policy and reference log-probabilities.",
  convention: "−ln σ(β[(log π(y_w) − log π_ref(y_w)) − (log π(y_l) − log π_ref(y_l))]), natural logs; ln 2 at zero margin.",
  inputs: {
    beta,
    policyChosen: logProb("Policy log π(y_w|x), chosen"),
    policyRejected: logProb("Policy log π(y_l|x), rejected"),
    refChosen: logProb("Reference log π_ref(y_w|x), chosen"),
    refRejected: logProb("Reference log π_ref(y_l|x), rejected"),
  },
  outputUnit: "",
  outputLabel: "loss (nats)",
  source: "DPO, arXiv 2305.18290",
  run: ({ beta: b, policyChosen, policyRejected, refChosen, refRejected }) => {
    const chosen = policyChosen - refChosen;
    const rejected = policyRejected - refRejected;
    const margin = b * (chosen - rejected);
    const value = softplus(-margin);
    return {
      value,
      unit: "",
      steps: () => [
        `Chosen log-ratio ${fmt(policyChosen)} − ${fmtOperand(refChosen)} = ${fmt(chosen)}; rejected log-ratio ${fmt(policyRejected)} − ${fmtOperand(refRejected)} = ${fmt(rejected)}.`,
        `Margin β·(${fmt(chosen)} − ${fmtOperand(rejected)}) = ${fmt(b)} × ${fmtOperand(chosen - rejected)} = ${fmt(margin)}.`,
        `Loss −ln σ(${fmt(margin)}) = ${fmt(value)}.`,
      ],
    };
  },
});

/** PPO's clipped surrogate: min(ρA, clip(ρ, 1−ε, 1+ε)A), so one update cannot profit from moving ρ far from 1. */
export const PPO_CLIP = defineCompute({
  name: "rlhf.ppo_clip",
  title: "PPO clipped objective",
  topic: TOPIC,
  description: "PPO's clipped surrogate objective for one action, given the probability ratio, the advantage and ε.",
  convention: "min(ρ·A, clip(ρ, 1 − ε, 1 + ε)·A) with ρ = π_new/π_old and 0 < ε < 1.",
  inputs: { ratio: positive("Probability ratio ρ = π_new/π_old", "ratio"), advantage: real("Advantage A", "advantage"), epsilon: { ...positive("Clip range ε", "fraction"), max: 1 } },
  outputUnit: "",
  outputLabel: "objective",
  source: "PPO, arXiv 1707.06347",
  run: ({ ratio, advantage, epsilon }) => {
    if (epsilon >= 1) throw invalidInput("rlhf.ppo_clip", "epsilon", `(clip range ε) must be less than 1, so that 1 − ε stays positive; got ${epsilon}.`);
    const clipped = Math.min(1 + epsilon, Math.max(1 - epsilon, ratio));
    const unclippedTerm = ratio * advantage;
    const clippedTerm = clipped * advantage;
    const value = Math.min(unclippedTerm, clippedTerm);
    return {
      value,
      unit: "",
      steps: () => [
        `ρ·A = ${fmt(ratio)} × ${fmtOperand(advantage)} = ${fmt(unclippedTerm)}.`,
        `clip(ρ, ${fmt(1 - epsilon)}, ${fmt(1 + epsilon)}) = ${fmt(clipped)}; × A = ${fmt(clippedTerm)}.`,
        `min(${fmt(unclippedTerm)}, ${fmt(clippedTerm)}) = ${fmt(value)}${clippedTerm < unclippedTerm ? " (the clip bites: no extra gain from moving ρ further)" : ""}.`,
      ],
    };
  },
});

/** GRPO has no critic: a sample's advantage is its reward standardised within the group for the same prompt. */
export const GRPO_ADVANTAGE = defineCompute({
  name: "rlhf.grpo_advantage",
  title: "GRPO group-relative advantage",
  topic: TOPIC,
  description: "Advantage of one sampled response: its reward standardised by the mean and standard deviation of its group.",
  convention: "(r_i − mean(r)) / std(r) over the group of responses sampled for the same prompt.",
  inputs: { reward: reward("Reward r_i"), mean: reward("Group mean reward"), std: positive("Group reward standard deviation", "reward") },
  outputUnit: "",
  outputLabel: "advantage",
  source: "GRPO (DeepSeekMath), arXiv 2402.03300",
  run: ({ reward: r, mean, std }) => {
    const value = (r - mean) / std;
    return { value, unit: "", steps: () => [`(r_i − mean)/std = (${fmt(r)} − ${fmtOperand(mean)}) / ${fmt(std)} = ${fmt(r - mean)} / ${fmt(std)} = ${fmt(value)}.`] };
  },
});

/** Ranking K responses yields every unordered pair as a comparison: C(K, 2) = K(K − 1)/2. */
export const PREFERENCE_PAIRS = defineCompute({
  name: "rlhf.preference_pairs",
  title: "Comparison pairs from a ranking",
  topic: TOPIC,
  description: "Number of (chosen, rejected) pairs a ranking of K responses to one prompt provides.",
  convention: "C(K, 2) = K(K − 1)/2; InstructGPT ranks K = 4 … 9 responses per prompt.",
  inputs: { k: count("Ranked responses K", "responses", 2) },
  outputUnit: "",
  outputLabel: "pairs",
  source: INSTRUCTGPT,
  run: ({ k }) => {
    const value = (k * (k - 1)) / 2;
    return { value, unit: "", steps: () => [`C(K, 2) = K(K − 1)/2 = ${fmt(k)} × ${fmt(k - 1)} / 2 = ${fmt(value)} pairs.`] };
  },
});

export const btProbability = BT_PROBABILITY.call;
export const rmLoss = RM_LOSS.call;
export const klPenalizedReward = KL_PENALIZED_REWARD.call;
export const dpoLoss = DPO_LOSS.call;
export const ppoClip = PPO_CLIP.call;
export const grpoAdvantage = GRPO_ADVANTAGE.call;
export const preferencePairs = PREFERENCE_PAIRS.call;
