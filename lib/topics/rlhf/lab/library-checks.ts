import { btProbability, dpoLoss, klPenalizedReward as libraryKlPenalizedReward, ppoClip, rmLoss } from "@/lib/topics/rlhf/compute";
import { dpoMargin } from "./dpo";
import { clippedTerm, klPenalizedReward } from "./ppo";
import { logSigmoid, sigmoid } from "./policy";
import type { Pair } from "./preferences";

/** One number computed twice: by the lab's training code and by the formula library. They must agree. */
export type LibraryCheck = { name: string; what: string; inputs: string; lab: number; library: number };

const f = (x: number) => x.toFixed(4);

/** P(chosen ≻ rejected) and the pairwise loss for one held-out pair under the trained reward model. */
export function rewardModelChecks(reward: readonly number[], pair: Pair, names: readonly string[]): LibraryCheck[] {
  const rChosen = reward[pair.chosen]!;
  const rRejected = reward[pair.rejected]!;
  const inputs = `r_c = ${f(rChosen)} (${names[pair.chosen]}), r_r = ${f(rRejected)} (${names[pair.rejected]})`;
  return [
    { name: "rlhf.bt_probability", what: "Bradley–Terry P(chosen ≻ rejected)", inputs, lab: sigmoid(rChosen - rRejected), library: btProbability({ rChosen, rRejected }).value },
    { name: "rlhf.rm_loss", what: "Reward-model loss on the pair", inputs, lab: -logSigmoid(rChosen - rRejected), library: rmLoss({ rChosen, rRejected }).value },
  ];
}

/** The KL-penalised reward of one response, and PPO's clipped term for one sample of the last batch. */
export function ppoChecks(
  name: string,
  reward: number,
  logpPolicy: number,
  logpRef: number,
  beta: number,
  sample: { name: string; ratio: number; advantage: number; epsilon: number },
): LibraryCheck[] {
  const { ratio, advantage, epsilon } = sample;
  return [
    {
      name: "rlhf.kl_penalized_reward",
      what: `KL-penalised reward of “${name}” (PPO, β = ${beta})`,
      inputs: `r = ${f(reward)}, log π = ${f(logpPolicy)}, log π_ref = ${f(logpRef)}, β = ${beta}`,
      lab: klPenalizedReward(reward, logpPolicy, logpRef, beta),
      library: libraryKlPenalizedReward({ reward, logpPolicy, logpRef, beta }).value,
    },
    {
      name: "rlhf.ppo_clip",
      what: `PPO clipped term, last update's first sample (“${sample.name}”, β = ${beta})`,
      inputs: `ρ = ${f(ratio)}, A = ${f(advantage)}, ε = ${epsilon}`,
      lab: clippedTerm(ratio, advantage, epsilon),
      library: ppoClip({ ratio, advantage, epsilon }).value,
    },
  ];
}

/** The DPO loss of one pair under the final DPO policy. */
export function dpoCheck(logp: readonly number[], logRef: readonly number[], pair: Pair, beta: number): LibraryCheck {
  return {
    name: "rlhf.dpo_loss",
    what: "DPO loss on the same held-out pair",
    inputs: `log π(y_w) = ${f(logp[pair.chosen]!)}, log π(y_l) = ${f(logp[pair.rejected]!)}, log π_ref(y_w) = ${f(logRef[pair.chosen]!)}, log π_ref(y_l) = ${f(logRef[pair.rejected]!)}, β = ${beta}`,
    lab: -logSigmoid(dpoMargin(logp, logRef, pair, beta)),
    library: dpoLoss({ beta, policyChosen: logp[pair.chosen]!, policyRejected: logp[pair.rejected]!, refChosen: logRef[pair.chosen]!, refRejected: logRef[pair.rejected]! }).value,
  };
}
