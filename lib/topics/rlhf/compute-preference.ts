import { defineCompute } from "@/lib/compute/define";
import { fmt, fmtOperand } from "@/lib/compute/format";
import { count, logProb, positive, real } from "@/lib/compute/input-specs";
import { softplus } from "@/lib/compute/sigmoid";

const TOPIC = "rlhf" as const;

/** SimPO: −log σ(β/|y_w|·log π(y_w) − β/|y_l|·log π(y_l) − γ); no reference model. */
export const SIMPO_LOSS = defineCompute({
  name: "rlhf.simpo_loss",
  title: "SimPO loss",
  topic: TOPIC,
  description: "Simple Preference Optimization loss on one pair: length-normalised log-probabilities, no reference model, a target margin γ.",
  convention:
    "−ln σ(β·log π(y_w|x)/|y_w| − β·log π(y_l|x)/|y_l| − γ); log-probabilities are natural-log sums over each response's tokens, |y| its length in tokens.",
  inputs: {
    beta: positive("Reward scale β", "coefficient"),
    gamma: real("Target reward margin γ", "reward"),
    logpChosen: logProb("Policy log π(y_w|x), chosen, summed over tokens"),
    lenChosen: count("Chosen length |y_w|", "tokens"),
    logpRejected: logProb("Policy log π(y_l|x), rejected, summed over tokens"),
    lenRejected: count("Rejected length |y_l|", "tokens"),
  },
  outputUnit: "",
  outputLabel: "loss (nats)",
  source: "SimPO, arXiv 2405.14734",
  run: ({ beta, gamma, logpChosen, lenChosen, logpRejected, lenRejected }) => {
    const avgChosen = logpChosen / lenChosen;
    const avgRejected = logpRejected / lenRejected;
    const margin = beta * (avgChosen - avgRejected) - gamma;
    const value = softplus(-margin);
    return {
      value,
      unit: "",
      steps: () => [
        `Average log-probabilities: chosen ${fmt(logpChosen)}/${fmt(lenChosen)} = ${fmt(avgChosen)}, rejected ${fmt(logpRejected)}/${fmt(lenRejected)} = ${fmt(avgRejected)}.`,
        `Margin β·(${fmt(avgChosen)} − ${fmtOperand(avgRejected)}) − γ = ${fmt(beta)} × ${fmtOperand(avgChosen - avgRejected)} − ${fmtOperand(gamma)} = ${fmt(margin)}.`,
        `Loss −ln σ(${fmt(margin)}) = ${fmt(value)}.`,
      ],
    };
  },
});

/** IPO (ΨPO with Ψ = identity), sampled loss: (h − 1/(2τ))² with h the DPO log-ratio margin, unscaled. */
export const IPO_LOSS = defineCompute({
  name: "rlhf.ipo_loss",
  title: "IPO loss",
  topic: TOPIC,
  description: "Identity Preference Optimisation loss on one pair: the squared distance of the log-ratio margin h from 1/(2τ).",
  convention:
    "h = (log π(y_w) − log π_ref(y_w)) − (log π(y_l) − log π_ref(y_l)), natural logs summed over tokens, not multiplied by τ; loss = (h − 1/(2τ))² (TRL's β plays the role of τ).",
  inputs: {
    tau: positive("Regularisation τ", "coefficient"),
    policyChosen: logProb("Policy log π(y_w|x), chosen"),
    policyRejected: logProb("Policy log π(y_l|x), rejected"),
    refChosen: logProb("Reference log π_ref(y_w|x), chosen"),
    refRejected: logProb("Reference log π_ref(y_l|x), rejected"),
  },
  outputUnit: "",
  outputLabel: "loss",
  source: "IPO, arXiv 2310.12036 (eq. 17)",
  run: ({ tau, policyChosen, policyRejected, refChosen, refRejected }) => {
    const chosen = policyChosen - refChosen;
    const rejected = policyRejected - refRejected;
    const h = chosen - rejected;
    const target = 1 / (2 * tau);
    const value = (h - target) ** 2;
    return {
      value,
      unit: "",
      steps: () => [
        `Log-ratios: chosen ${fmt(policyChosen)} − ${fmtOperand(refChosen)} = ${fmt(chosen)}, rejected ${fmt(policyRejected)} − ${fmtOperand(refRejected)} = ${fmt(rejected)}; h = ${fmt(chosen)} − ${fmtOperand(rejected)} = ${fmt(h)}.`,
        `Target 1/(2τ) = 1/(2 × ${fmt(tau)}) = ${fmt(target)}.`,
        `Loss (h − 1/(2τ))² = (${fmt(h)} − ${fmt(target)})² = ${fmt(value)}.`,
      ],
    };
  },
});

export const simpoLoss = SIMPO_LOSS.call;
export const ipoLoss = IPO_LOSS.call;
