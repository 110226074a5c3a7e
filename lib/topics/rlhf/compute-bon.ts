import { defineCompute } from "@/lib/compute/define";
import { fmt } from "@/lib/compute/format";
import { count } from "@/lib/compute/input-specs";

const TOPIC = "rlhf" as const;
const SOURCE = "Theoretical Guarantees on the Best-of-n Alignment Policy (Beirami et al.), arXiv 2401.01879";
const samples = { n: count("Samples per prompt n", "samples") };

/**
 * The formula long quoted as best-of-n's KL to the base policy. Beirami et al. show it is only an
 * upper bound: with few, likely outcomes (e.g. two equally likely answers) the true KL is far lower.
 */
export const BON_KL_BOUND = defineCompute({
  name: "rlhf.bon_kl_bound",
  title: "Best-of-n KL upper bound",
  topic: TOPIC,
  description: "Upper bound on KL(best-of-n ‖ base policy): log n − (n − 1)/n, in nats.",
  convention: "Natural log (nats). An upper bound on the KL divergence of the best-of-n policy from the policy it samples from, not its exact value; 0 at n = 1.",
  inputs: samples,
  outputUnit: "",
  outputLabel: "KL bound (nats)",
  source: SOURCE,
  run: ({ n }) => {
    const log = Math.log(n);
    const value = log - (n - 1) / n;
    return { value, unit: "", steps: () => [`ln n = ln ${fmt(n)} = ${fmt(log)}; (n − 1)/n = ${fmt(n - 1)}/${fmt(n)} = ${fmt((n - 1) / n)}.`, `KL ≤ ${fmt(log)} − ${fmt((n - 1) / n)} = ${fmt(value)} nats.`] };
  },
});

/** The best of n samples beats one fresh sample with probability n/(n+1) when rewards never tie. */
export const BON_WIN_RATE_BOUND = defineCompute({
  name: "rlhf.bon_win_rate_bound",
  title: "Best-of-n win-rate bound",
  topic: TOPIC,
  description: "Upper bound on the probability that the best of n samples beats one sample of the base policy under the same reward: n/(n + 1).",
  convention: "Win rate against one independent sample of the base policy, judged by the reward used for selection; equal to n/(n + 1) when ties have probability 0 (the best of n + 1 i.i.d. draws is equally likely to be any of them).",
  inputs: samples,
  outputUnit: "",
  outputLabel: "win rate",
  source: SOURCE,
  run: ({ n }) => {
    const value = n / (n + 1);
    return { value, unit: "", steps: () => [`Among n + 1 = ${fmt(n + 1)} i.i.d. samples, the best is one of the chosen ${fmt(n)} with probability n/(n + 1) = ${fmt(value)}.`] };
  },
});

export const bonKlBound = BON_KL_BOUND.call;
export const bonWinRateBound = BON_WIN_RATE_BOUND.call;
