import { defineCompute } from "@/lib/compute/define";
import { fmt, fmtOperand } from "@/lib/compute/format";
import { logProb } from "@/lib/compute/input-specs";

const TOPIC = "rlhf" as const;
const SOURCE = "John Schulman, Approximating KL Divergence (2020), http://joschu.net/blog/kl-approx.html";

/**
 * Single-sample estimators of KL(π_θ ‖ π_ref) from one token sampled from π_θ, in Schulman's
 * notation with q = π_θ (the sampler), p = π_ref and r = p/q = π_ref/π_θ.
 */
const inputs = {
  logpPolicy: logProb("Policy log-probability log π_θ(token)"),
  logpRef: logProb("Reference log-probability log π_ref(token)"),
};
const SAMPLING = "The token is sampled from π_θ; r = π_ref/π_θ, so log r = log π_ref − log π_θ (natural logs).";

function logRatioStep(logpPolicy: number, logpRef: number): [number, string] {
  const logR = logpRef - logpPolicy;
  return [logR, `log r = log π_ref − log π_θ = ${fmt(logpRef)} − ${fmtOperand(logpPolicy)} = ${fmt(logR)}.`];
}

export const KL_K1 = defineCompute({
  name: "rlhf.kl_k1",
  title: "KL estimator k1 = −log r",
  topic: TOPIC,
  description: "The naive single-sample estimate of KL(π_θ ‖ π_ref): the log-ratio log π_θ − log π_ref. Unbiased, but negative for many samples.",
  convention: `${SAMPLING} k1 = −log r.`,
  inputs,
  outputUnit: "",
  outputLabel: "KL estimate (nats)",
  source: SOURCE,
  run: ({ logpPolicy, logpRef }) => {
    const [logR, step] = logRatioStep(logpPolicy, logpRef);
    // 0 − x, not −x: equal log-probabilities must give 0, not −0.
    const value = 0 - logR;
    return { value, unit: "", steps: () => [step, `k1 = −log r = ${fmt(value)}.`] };
  },
});

export const KL_K2 = defineCompute({
  name: "rlhf.kl_k2",
  title: "KL estimator k2 = ½(log r)²",
  topic: TOPIC,
  description: "The squared-log-ratio estimate of KL(π_θ ‖ π_ref): never negative, low variance, slightly biased.",
  convention: `${SAMPLING} k2 = ½·(log r)².`,
  inputs,
  outputUnit: "",
  outputLabel: "KL estimate (nats)",
  source: SOURCE,
  run: ({ logpPolicy, logpRef }) => {
    const [logR, step] = logRatioStep(logpPolicy, logpRef);
    const value = 0.5 * logR * logR;
    return { value, unit: "", steps: () => [step, `k2 = ½·(log r)² = 0.5 × ${fmtOperand(logR)}² = ${fmt(value)}.`] };
  },
});

export const KL_K3 = defineCompute({
  name: "rlhf.kl_k3",
  title: "KL estimator k3 = (r − 1) − log r",
  topic: TOPIC,
  description: "The control-variate estimate of KL(π_θ ‖ π_ref): unbiased, low variance and never negative (the one GRPO uses).",
  convention: `${SAMPLING} k3 = (r − 1) − log r, computed as expm1(log r) − log r.`,
  inputs,
  outputUnit: "",
  outputLabel: "KL estimate (nats)",
  source: SOURCE,
  run: ({ logpPolicy, logpRef }) => {
    const [logR, step] = logRatioStep(logpPolicy, logpRef);
    const rMinus1 = Math.expm1(logR);
    const value = rMinus1 - logR;
    return {
      value,
      unit: "",
      steps: () => [step, `r = e^${fmtOperand(logR)} = ${fmt(rMinus1 + 1)}.`, `k3 = (r − 1) − log r = ${fmt(rMinus1)} − ${fmtOperand(logR)} = ${fmt(value)}.`],
    };
  },
});

export const klK1 = KL_K1.call;
export const klK2 = KL_K2.call;
export const klK3 = KL_K3.call;
