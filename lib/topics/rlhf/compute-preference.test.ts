import { describe, expect, it } from "vitest";
import { catchComputeError } from "@/lib/compute/catch-compute-error";
import { dpoLoss } from "./compute";
import { ipoLoss, simpoLoss } from "./compute-preference";

describe("rlhf.simpo_loss (arXiv 2405.14734)", () => {
  it("is −log σ(β/|y_w| log π(y_w) − β/|y_l| log π(y_l) − γ) as in the SimPO objective (arXiv 2405.14734, §2): equal averages give ln(1 + e^γ)", () => {
    expect(simpoLoss({ beta: 2, gamma: 0.5, logpChosen: -50, lenChosen: 50, logpRejected: -20, lenRejected: 20 }).value).toBeCloseTo(Math.log1p(Math.exp(0.5)), 12);
    expect(simpoLoss({ beta: 2, gamma: 0, logpChosen: -50, lenChosen: 50, logpRejected: -20, lenRejected: 20 }).value).toBeCloseTo(Math.LN2, 12);
  });

  it("works by hand: averages −0.75 and −1.5, β = 2, γ = 0.5 → margin 1 → ln(1 + e^−1) ≈ 0.313262", () => {
    const r = simpoLoss({ beta: 2, gamma: 0.5, logpChosen: -150, lenChosen: 200, logpRejected: -90, lenRejected: 60 });
    expect(r.value).toBeCloseTo(0.3132616875, 10);
    expect(r.steps.join(" ")).toContain("-0.75");
  });

  it("normalises by length: the summed log-probabilities would prefer the short rejected answer", () => {
    const normalised = simpoLoss({ beta: 2, gamma: 0, logpChosen: -150, lenChosen: 200, logpRejected: -90, lenRejected: 60 }).value;
    const summed = simpoLoss({ beta: 2, gamma: 0, logpChosen: -150, lenChosen: 1, logpRejected: -90, lenRejected: 1 }).value;
    expect(normalised).toBeLessThan(Math.LN2);
    expect(summed).toBeGreaterThan(100);
  });

  it("names the offending input", () => {
    expect(catchComputeError(() => simpoLoss({ beta: 0, gamma: 0.5, logpChosen: -1, lenChosen: 1, logpRejected: -1, lenRejected: 1 })).input).toBe("beta");
    expect(catchComputeError(() => simpoLoss({ beta: 2, gamma: 0.5, logpChosen: -1, lenChosen: 0, logpRejected: -1, lenRejected: 1 })).input).toBe("lenChosen");
    expect(catchComputeError(() => simpoLoss({ beta: 2, gamma: 0.5, logpChosen: -1, lenChosen: 1, logpRejected: 1, lenRejected: 1 })).input).toBe("logpRejected");
  });
});

describe("rlhf.ipo_loss (arXiv 2310.12036)", () => {
  it("is (h − 1/(2τ))², zero exactly at h = 1/(2τ) (IPO, arXiv 2310.12036, eq. 17)", () => {
    // τ = 0.1: target margin 5 nats.
    expect(ipoLoss({ tau: 0.1, policyChosen: -10, policyRejected: -15, refChosen: -10, refRejected: -10 }).value).toBeCloseTo(0, 12);
    expect(ipoLoss({ tau: 0.5, policyChosen: -10, policyRejected: -12, refChosen: -11, refRejected: -11 }).value).toBeCloseTo(1, 12); // h = 2, target 1
  });

  it("starts at (1/(2τ))² when the policy equals the reference, and penalises overshooting, unlike DPO", () => {
    const same = { policyChosen: -20, policyRejected: -25, refChosen: -20, refRejected: -25 };
    expect(ipoLoss({ tau: 0.25, ...same }).value).toBeCloseTo(4, 12);
    const far = { policyChosen: -5, policyRejected: -40, refChosen: -20, refRejected: -25 }; // h = 30
    expect(ipoLoss({ tau: 0.25, ...far }).value).toBeCloseTo(784, 9);
    expect(dpoLoss({ beta: 0.25, ...far }).value).toBeLessThan(0.001);
  });

  it("names the offending input", () => {
    expect(catchComputeError(() => ipoLoss({ tau: 0, policyChosen: -1, policyRejected: -1, refChosen: -1, refRejected: -1 })).input).toBe("tau");
    expect(catchComputeError(() => ipoLoss({ tau: 0.1, policyChosen: -1, policyRejected: -1, refChosen: 3, refRejected: -1 })).input).toBe("refChosen");
  });
});
