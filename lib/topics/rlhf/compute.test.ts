import { describe, expect, it } from "vitest";
import { catchComputeError } from "@/lib/compute/catch-compute-error";
import { btProbability, dpoLoss, grpoAdvantage, klPenalizedReward, ppoClip, preferencePairs, rmLoss } from "./compute";

describe("reward model (Bradley–Terry)", () => {
  it("equal rewards give probability 0.5 and loss ln 2 ≈ 0.6931", () => {
    expect(btProbability({ rChosen: 1.3, rRejected: 1.3 }).value).toBe(0.5);
    expect(rmLoss({ rChosen: 1.3, rRejected: 1.3 }).value).toBeCloseTo(Math.LN2, 15);
    expect(rmLoss({ rChosen: 0, rRejected: 0 }).value).toBeCloseTo(0.6931, 4);
  });

  it("works by hand: margin 1 → σ(1) = 1/(1 + e^−1) ≈ 0.731059, loss −ln 0.731059 ≈ 0.313262", () => {
    expect(btProbability({ rChosen: 0.5, rRejected: -0.5 }).value).toBeCloseTo(0.7310585786, 10);
    expect(rmLoss({ rChosen: 0.5, rRejected: -0.5 }).value).toBeCloseTo(0.3132616875, 10);
  });

  it("stays finite for huge margins", () => {
    expect(rmLoss({ rChosen: 1000, rRejected: 0 }).value).toBe(0);
    expect(rmLoss({ rChosen: -1000, rRejected: 0 }).value).toBe(1000);
    expect(btProbability({ rChosen: -1000, rRejected: 0 }).value).toBe(0);
    expect(btProbability({ rChosen: 1000, rRejected: 0 }).value).toBe(1);
  });

  it("InstructGPT ranks K = 4–9 responses: C(4,2) = 6 … C(9,2) = 36 pairs (arXiv 2203.02155)", () => {
    expect([4, 5, 6, 7, 8, 9].map((k) => preferencePairs({ k }).value)).toEqual([6, 10, 15, 21, 28, 36]);
  });
});

describe("rlhf.kl_penalized_reward", () => {
  it("works by hand: 1 − 0.1 × (−10 − (−12)) = 0.8", () => {
    expect(klPenalizedReward({ reward: 1, logpPolicy: -10, logpRef: -12, beta: 0.1 }).value).toBeCloseTo(0.8, 12);
  });

  it("is the plain reward when the policy equals the reference", () => {
    expect(klPenalizedReward({ reward: -2, logpPolicy: -7, logpRef: -7, beta: 0.5 }).value).toBe(-2);
  });
});

describe("rlhf.dpo_loss (arXiv 2305.18290)", () => {
  it("is ln 2 at zero margin (policy = reference)", () => {
    expect(dpoLoss({ beta: 0.1, policyChosen: -10, policyRejected: -12, refChosen: -10, refRejected: -12 }).value).toBeCloseTo(Math.LN2, 15);
  });

  it("works by hand: β 0.1, log-ratios +1 and −1 → margin 0.2 → ln(1 + e^−0.2) ≈ 0.598139", () => {
    const value = dpoLoss({ beta: 0.1, policyChosen: -10, policyRejected: -12, refChosen: -11, refRejected: -11 }).value;
    expect(value).toBeCloseTo(0.5981388694, 10);
  });

  it("stays finite for huge margins", () => {
    expect(dpoLoss({ beta: 1, policyChosen: -2000, policyRejected: -1, refChosen: -1, refRejected: -1 }).value).toBeCloseTo(1999, 9);
  });
});

describe("rlhf.ppo_clip (arXiv 1707.06347)", () => {
  const eps = 0.2;
  it("clips gains when the ratio leaves [1 − ε, 1 + ε] in the helpful direction", () => {
    expect(ppoClip({ ratio: 1.5, advantage: 2, epsilon: eps }).value).toBeCloseTo(2.4, 12); // min(3, 1.2·2)
    expect(ppoClip({ ratio: 0.5, advantage: -2, epsilon: eps }).value).toBeCloseTo(-1.6, 12); // min(−1, 0.8·−2)
  });

  it("keeps the unclipped term when it is the pessimistic one", () => {
    expect(ppoClip({ ratio: 0.5, advantage: 2, epsilon: eps }).value).toBe(1); // min(1, 0.8·2 = 1.6)
    expect(ppoClip({ ratio: 1.5, advantage: -2, epsilon: eps }).value).toBe(-3); // min(−3, 1.2·−2 = −2.4)
    expect(ppoClip({ ratio: 1, advantage: 0.7, epsilon: eps }).value).toBe(0.7);
  });
});

describe("rlhf.grpo_advantage (arXiv 2402.03300)", () => {
  it("standardises within the group: rewards {0, 1} → mean 0.5, std 0.5 → ±1", () => {
    expect(grpoAdvantage({ reward: 1, mean: 0.5, std: 0.5 }).value).toBe(1);
    expect(grpoAdvantage({ reward: 0, mean: 0.5, std: 0.5 }).value).toBe(-1);
  });
});

describe("invalid inputs", () => {
  it("names the offending input", () => {
    const cases: [() => unknown, string][] = [
      [() => btProbability({ rChosen: Number.NaN, rRejected: 0 }), "rChosen"],
      [() => rmLoss({ rChosen: 0, rRejected: Number.NEGATIVE_INFINITY }), "rRejected"],
      [() => klPenalizedReward({ reward: 1, logpPolicy: 0.5, logpRef: -1, beta: 0.1 }), "logpPolicy"],
      [() => klPenalizedReward({ reward: 1, logpPolicy: -1, logpRef: -1, beta: 0 }), "beta"],
      [() => dpoLoss({ beta: -0.1, policyChosen: -1, policyRejected: -1, refChosen: -1, refRejected: -1 }), "beta"],
      [() => dpoLoss({ beta: 0.1, policyChosen: -1, policyRejected: -1, refChosen: -1, refRejected: 2 }), "refRejected"],
      [() => ppoClip({ ratio: 0, advantage: 1, epsilon: 0.2 }), "ratio"],
      [() => ppoClip({ ratio: 1, advantage: 1, epsilon: 0 }), "epsilon"],
      [() => ppoClip({ ratio: 1, advantage: 1, epsilon: 1 }), "epsilon"],
      [() => grpoAdvantage({ reward: 1, mean: 0, std: 0 }), "std"],
      [() => preferencePairs({ k: 1 }), "k"],
      [() => preferencePairs({ k: 4.5 }), "k"],
    ];
    for (const [f, input] of cases) {
      const error = catchComputeError(f);
      expect(error.code).toBe("invalid_input");
      expect(error.input).toBe(input);
    }
  });
});
