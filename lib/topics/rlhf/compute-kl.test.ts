import { describe, expect, it } from "vitest";
import { catchComputeError } from "@/lib/compute/catch-compute-error";
import { klK1, klK2, klK3 } from "./compute-kl";

/** Mean and standard deviation of an estimator under x ~ q = N(0, 1) with p = N(μ, 1), by quadrature. */
function moments(estimator: typeof klK1, mu: number): { mean: number; std: number } {
  const dx = 0.001;
  const half = 0.5 * Math.log(2 * Math.PI);
  let m1 = 0;
  let m2 = 0;
  for (let x = -12; x <= 12; x += dx) {
    const w = Math.exp(-0.5 * x * x - half) * dx;
    const k = estimator({ logpPolicy: -0.5 * x * x - half, logpRef: -0.5 * (x - mu) ** 2 - half }).value;
    m1 += w * k;
    m2 += w * k * k;
  }
  return { mean: m1, std: Math.sqrt(m2 - m1 * m1) };
}

describe("KL estimators (Schulman, Approximating KL Divergence)", () => {
  it("reproduce the note's table for q = N(0,1), p = N(0.1,1), true KL 0.005: bias/true 0, 0.002, 0; stdev/true 20, 1.42, 1.42 (joschu.net/blog/kl-approx)", () => {
    const trueKl = 0.005;
    const k1 = moments(klK1, 0.1);
    const k2 = moments(klK2, 0.1);
    const k3 = moments(klK3, 0.1);
    expect(k1.mean / trueKl).toBeCloseTo(1, 4);
    expect(k3.mean / trueKl).toBeCloseTo(1, 4);
    expect((k2.mean - trueKl) / trueKl).toBeCloseTo(0.002, 2);
    expect(k1.std / trueKl).toBeCloseTo(20, 1);
    expect(k2.std / trueKl).toBeCloseTo(1.42, 2);
    expect(k3.std / trueKl).toBeCloseTo(1.42, 1);
  });

  it("reproduce the note's table for p = N(1,1), true KL 0.5: k2 bias/true 0.25, stdev/true 2, 1.73, 1.7 (joschu.net/blog/kl-approx)", () => {
    const trueKl = 0.5;
    const k1 = moments(klK1, 1);
    const k2 = moments(klK2, 1);
    const k3 = moments(klK3, 1);
    expect(k1.mean).toBeCloseTo(trueKl, 5);
    expect(k3.mean).toBeCloseTo(trueKl, 5);
    expect((k2.mean - trueKl) / trueKl).toBeCloseTo(0.25, 4);
    expect(k1.std / trueKl).toBeCloseTo(2, 3);
    expect(k2.std / trueKl).toBeCloseTo(1.73, 2);
    expect(k3.std / trueKl).toBeCloseTo(1.7, 1);
  });

  it("works by hand on one token: log π_θ = −1, log π_ref = −2 → log r = −1, k1 = 1, k2 = 0.5, k3 = e^−1 ≈ 0.367879", () => {
    const token = { logpPolicy: -1, logpRef: -2 };
    expect(klK1(token).value).toBe(1);
    expect(klK2(token).value).toBe(0.5);
    expect(klK3(token).value).toBeCloseTo(Math.exp(-1), 12);
  });

  it("k1 goes negative when the reference is likelier; k2 and k3 never do; all are 0 when the policies agree", () => {
    const token = { logpPolicy: -3, logpRef: -1 };
    expect(klK1(token).value).toBe(-2);
    expect(klK2(token).value).toBe(2);
    expect(klK3(token).value).toBeCloseTo(Math.exp(2) - 3, 12);
    for (const f of [klK1, klK2, klK3]) expect(f({ logpPolicy: -0.7, logpRef: -0.7 }).value).toBe(0);
  });

  it("names the offending input", () => {
    for (const f of [klK1, klK2, klK3]) {
      expect(catchComputeError(() => f({ logpPolicy: 0.5, logpRef: -1 })).input).toBe("logpPolicy");
      expect(catchComputeError(() => f({ logpPolicy: -1, logpRef: Number.NaN })).input).toBe("logpRef");
    }
  });
});
