import { defineCompute } from "@/lib/compute/define";
import { fmt, fmtOperand } from "@/lib/compute/format";
import { real } from "@/lib/compute/input-specs";
import type { InputSpec } from "@/lib/compute/types";

const TOPIC = "rlhf" as const;

const reward = (t: number): InputSpec => real(`Reward r_${t}`, "reward");
const valueAt = (t: number, note = ""): InputSpec => real(`Value estimate V(s_${t})${note}`, "reward");
const unitInterval = (label: string, unitLabel: string, minExclusive: boolean): InputSpec => ({ label, unitLabel, integer: false, min: 0, minExclusive, max: 1 });

/**
 * GAE over a three-step stretch of a trajectory: δ_t = r_t + γV(s_{t+1}) − V(s_t) and
 * Â_0 = δ_0 + (γλ)δ_1 + (γλ)²δ_2. Compute inputs are scalars, so the sequence has a fixed length;
 * V(s_3) bootstraps what follows (0 when the response ends after step 2).
 */
export const GAE_ADVANTAGE = defineCompute({
  name: "rlhf.gae_advantage",
  title: "GAE advantage over three steps",
  topic: TOPIC,
  description: "Generalized advantage estimate Â_0 for the first of three steps, from the rewards, the critic's values and γ, λ.",
  convention:
    "δ_t = r_t + γ·V(s_{t+1}) − V(s_t) for t = 0, 1, 2; Â_0 = Σ_{l=0..2} (γλ)^l·δ_l. V(s_3) is the value after the last step (0 if the episode ends there). λ = 0 gives δ_0; λ = 1 gives r_0 + γr_1 + γ²r_2 + γ³V(s_3) − V(s_0).",
  inputs: {
    r0: reward(0),
    r1: reward(1),
    r2: reward(2),
    v0: valueAt(0),
    v1: valueAt(1),
    v2: valueAt(2),
    v3: valueAt(3, ", after the last step (0 if terminal)"),
    gamma: unitInterval("Discount γ", "discount", true),
    lambda: unitInterval("GAE parameter λ", "fraction", false),
  },
  outputUnit: "",
  outputLabel: "advantage",
  source: "GAE, arXiv 1506.02438 (eq. 16–18)",
  run: ({ r0, r1, r2, v0, v1, v2, v3, gamma, lambda }) => {
    const rewards = [r0, r1, r2];
    const values = [v0, v1, v2, v3];
    const deltas = rewards.map((r, t) => r + gamma * values[t + 1]! - values[t]!);
    const decay = gamma * lambda;
    const value = deltas.reduce((sum, d, l) => sum + decay ** l * d, 0);
    return {
      value,
      unit: "",
      steps: () => [
        ...deltas.map((d, t) => `δ_${t} = r_${t} + γ·V(s_${t + 1}) − V(s_${t}) = ${fmt(rewards[t]!)} + ${fmt(gamma)} × ${fmtOperand(values[t + 1]!)} − ${fmtOperand(values[t]!)} = ${fmt(d)}.`),
        `γλ = ${fmt(gamma)} × ${fmt(lambda)} = ${fmt(decay)}.`,
        `Â_0 = δ_0 + (γλ)·δ_1 + (γλ)²·δ_2 = ${fmt(deltas[0]!)} + ${fmt(decay)} × ${fmtOperand(deltas[1]!)} + ${fmt(decay ** 2)} × ${fmtOperand(deltas[2]!)} = ${fmt(value)}.`,
      ],
    };
  },
});

/** PPO's critic loss: the squared error between the value prediction and its target return (PPO eq. 9). */
export const VALUE_LOSS = defineCompute({
  name: "rlhf.value_loss",
  title: "Value (critic) loss",
  topic: TOPIC,
  description: "Squared-error loss of the value network on one state, given its prediction and the target return.",
  convention: "(V(s_t) − V_t^targ)², as in PPO's L^VF, without a ½ factor and without value clipping; V_t^targ is usually Â_t + V_old(s_t) (the GAE return).",
  inputs: { value: real("Predicted value V(s_t)", "reward"), target: real("Target return V_t^targ", "reward") },
  outputUnit: "",
  outputLabel: "loss",
  source: "PPO, arXiv 1707.06347 (eq. 9)",
  run: ({ value, target }) => {
    const error = value - target;
    const loss = error * error;
    return { value: loss, unit: "", steps: () => [`Error V − V^targ = ${fmt(value)} − ${fmtOperand(target)} = ${fmt(error)}.`, `Squared: ${fmtOperand(error)}² = ${fmt(loss)}.`] };
  },
});

export const gaeAdvantage = GAE_ADVANTAGE.call;
export const valueLoss = VALUE_LOSS.call;
