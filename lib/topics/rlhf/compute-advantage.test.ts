import { describe, expect, it } from "vitest";
import { catchComputeError } from "@/lib/compute/catch-compute-error";
import { gaeAdvantage, valueLoss } from "./compute-advantage";

const trajectory = { r0: 0.2, r1: -0.1, r2: 1.5, v0: 0.4, v1: 0.6, v2: 0.9, v3: 0.3 };

describe("rlhf.gae_advantage (arXiv 1506.02438)", () => {
  it("λ = 0 gives the one-step TD error δ_0 = r_0 + γV(s_1) − V(s_0) (GAE arXiv 1506.02438, eq. 17)", () => {
    expect(gaeAdvantage({ ...trajectory, gamma: 0.9, lambda: 0 }).value).toBeCloseTo(0.2 + 0.9 * 0.6 - 0.4, 12);
  });

  it("λ = 1 gives the discounted return minus the baseline V(s_0) (GAE arXiv 1506.02438, eq. 18)", () => {
    const gamma = 0.9;
    const ret = 0.2 + gamma * -0.1 + gamma ** 2 * 1.5 + gamma ** 3 * 0.3;
    expect(gaeAdvantage({ ...trajectory, gamma, lambda: 1 }).value).toBeCloseTo(ret - 0.4, 12);
  });

  it("works by hand with PPO's γ = 0.99, λ = 0.95: δ = (0.394, 0.191, 0.897) → Â_0 ≈ 1.3671 (γ, λ of PPO's MuJoCo runs, arXiv 1707.06347, Table 3)", () => {
    const r = gaeAdvantage({ ...trajectory, gamma: 0.99, lambda: 0.95 });
    const d0 = 0.2 + 0.99 * 0.6 - 0.4;
    const d1 = -0.1 + 0.99 * 0.9 - 0.6;
    const d2 = 1.5 + 0.99 * 0.3 - 0.9;
    const k = 0.99 * 0.95;
    expect(r.value).toBeCloseTo(d0 + k * d1 + k * k * d2, 12);
    expect(r.value).toBeCloseTo(1.3671, 3);
    expect(r.steps).toHaveLength(5);
  });

  it("is zero when the critic is exact and the rewards are all zero", () => {
    expect(gaeAdvantage({ r0: 0, r1: 0, r2: 0, v0: 0, v1: 0, v2: 0, v3: 0, gamma: 1, lambda: 0.5 }).value).toBe(0);
  });

  it("names the offending input", () => {
    const cases: [Record<string, number>, string][] = [
      [{ ...trajectory, gamma: 0, lambda: 0.5 }, "gamma"],
      [{ ...trajectory, gamma: 1.2, lambda: 0.5 }, "gamma"],
      [{ ...trajectory, gamma: 0.9, lambda: -0.1 }, "lambda"],
      [{ ...trajectory, gamma: 0.9, lambda: 1.5 }, "lambda"],
      [{ ...trajectory, r1: Number.NaN, gamma: 0.9, lambda: 0.5 }, "r1"],
    ];
    for (const [inputs, name] of cases) {
      const error = catchComputeError(() => gaeAdvantage(inputs as Parameters<typeof gaeAdvantage>[0]));
      expect(error.code).toBe("invalid_input");
      expect(error.input).toBe(name);
    }
  });
});

describe("rlhf.value_loss", () => {
  it("is PPO's squared error L^VF = (V − V^targ)², no ½ (arXiv 1707.06347, eq. 9)", () => {
    expect(valueLoss({ value: 0.5, target: 2 }).value).toBeCloseTo(2.25, 12);
    expect(valueLoss({ value: -1, target: -1 }).value).toBe(0);
    expect(valueLoss({ value: 2, target: -1 }).value).toBe(9);
  });

  it("refuses non-finite inputs", () => {
    expect(catchComputeError(() => valueLoss({ value: Number.POSITIVE_INFINITY, target: 0 })).input).toBe("value");
  });
});
