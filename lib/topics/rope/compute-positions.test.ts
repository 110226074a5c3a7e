import { describe, expect, it } from "vitest";
import { catchComputeError } from "@/lib/compute/catch-compute-error";
import { ropeTheta } from "./compute";
import { ropeAlibiBias, ropeAlibiSlope, ropePairScore, ropePartialDims, ropeSinusoidalPe, ropeThetaRatio } from "./compute-positions";

describe("rope.theta_ratio", () => {
  it("Gemma 2 (head_dim 256) vs Llama 2 (head_dim 128), both base 10,000 (configs): pair 32 turns 10× faster in the wider head", () => {
    expect(ropeThetaRatio({ i: 32, d1: 128, d2: 256, base: 10_000 }).value).toBeCloseTo(10, 10);
  });

  it("equals θ_i(d₂)/θ_i(d₁) and is 1 for pair 0", () => {
    const r = ropeThetaRatio({ i: 20, d1: 128, d2: 256, base: 500_000 }).value;
    expect(r).toBeCloseTo(ropeTheta({ i: 20, d: 256, base: 500_000 }).value / ropeTheta({ i: 20, d: 128, base: 500_000 }).value, 10);
    expect(r).toBeGreaterThan(1);
    expect(ropeThetaRatio({ i: 0, d1: 64, d2: 128, base: 10_000 }).value).toBe(1);
  });

  it("refuses a pair the narrower head doesn't have, and odd widths", () => {
    expect(catchComputeError(() => ropeThetaRatio({ i: 64, d1: 128, d2: 256, base: 10_000 })).input).toBe("i");
    expect(catchComputeError(() => ropeThetaRatio({ i: 1, d1: 127, d2: 256, base: 10_000 })).input).toBe("d1");
    expect(catchComputeError(() => ropeThetaRatio({ i: 1, d1: 128, d2: 255, base: 10_000 })).input).toBe("d2");
  });
});

describe("rope.pair_score", () => {
  const q = { q0: 1, q1: 2, k0: 3, k1: -1 };
  it("depends only on m − n (RoFormer, arXiv 2104.09864, §3.2)", () => {
    const a = ropePairScore({ ...q, m: 7, n: 4, theta: 0.5 }).value;
    const b = ropePairScore({ ...q, m: 1007, n: 1004, theta: 0.5 }).value;
    expect(a).toBeCloseTo(b, 9);
    // Closed form: (q·k)cos φ + (q₀k₁ − q₁k₀) sin φ with φ = (m − n)θ = 1.5.
    expect(a).toBeCloseTo(1 * Math.cos(1.5) + (1 * -1 - 2 * 3) * Math.sin(1.5), 12);
  });

  it("is the plain q·k at equal positions, and keeps the norms", () => {
    expect(ropePairScore({ ...q, m: 5, n: 5, theta: 0.3 }).value).toBeCloseTo(1, 12);
    // q·q after rotating both by the same angle is |q|² = 5.
    expect(ropePairScore({ q0: 1, q1: 2, k0: 1, k1: 2, m: 9, n: 9, theta: 0.7 }).value).toBeCloseTo(5, 12);
  });

  it("refuses negative positions and θ", () => {
    expect(catchComputeError(() => ropePairScore({ ...q, m: -1, n: 0, theta: 1 })).input).toBe("m");
    expect(catchComputeError(() => ropePairScore({ ...q, m: 1, n: 0, theta: -1 })).input).toBe("theta");
  });
});

describe("rope.sinusoidal_pe", () => {
  it("PE(pos, 2i) = sin(pos/10000^(2i/d)), PE(pos, 2i+1) = cos(…) (Attention Is All You Need, arXiv 1706.03762, §3.5)", () => {
    expect(ropeSinusoidalPe({ pos: 3, j: 0, d: 512 }).value).toBeCloseTo(Math.sin(3), 15);
    expect(ropeSinusoidalPe({ pos: 3, j: 1, d: 512 }).value).toBeCloseTo(Math.cos(3), 15);
    expect(ropeSinusoidalPe({ pos: 100, j: 256, d: 512 }).value).toBeCloseTo(Math.sin(100 / 10000 ** 0.5), 15);
    expect(ropeSinusoidalPe({ pos: 0, j: 511, d: 512 }).value).toBe(1);
  });

  it("its wavelengths run from 2π up to nearly 10000·2π (§3.5): the slowest pair at d_model = 512 has period 2π·10000^(510/512)", () => {
    const period = 2 * Math.PI * 10000 ** (510 / 512);
    expect(period / (2 * Math.PI * 10000)).toBeGreaterThan(0.96);
    expect(ropeSinusoidalPe({ pos: 0, j: 510, d: 512 }).value).toBe(0);
  });

  it("refuses a dimension outside d and odd d", () => {
    expect(catchComputeError(() => ropeSinusoidalPe({ pos: 1, j: 512, d: 512 })).input).toBe("j");
    expect(catchComputeError(() => ropeSinusoidalPe({ pos: 1, j: 2, d: 511 })).input).toBe("d");
  });
});

describe("rope.alibi_slope and rope.alibi_bias", () => {
  it("8 heads use 1/2, 1/4, …, 1/256 (ALiBi, arXiv 2108.12409, §3)", () => {
    const slopes = Array.from({ length: 8 }, (_, h) => ropeAlibiSlope({ h: h + 1, n: 8 }).value);
    expect(slopes).toEqual([1 / 2, 1 / 4, 1 / 8, 1 / 16, 1 / 32, 1 / 64, 1 / 128, 1 / 256]);
  });

  it("16 heads start at 1/√2 with ratio 1/√2 and end at 1/256 (§3)", () => {
    expect(ropeAlibiSlope({ h: 1, n: 16 }).value).toBeCloseTo(Math.SQRT1_2, 15);
    expect(ropeAlibiSlope({ h: 16, n: 16 }).value).toBeCloseTo(1 / 256, 15);
  });

  it("12 heads follow the authors' code: the 8-head slopes, then every other 16-head slope", () => {
    expect(ropeAlibiSlope({ h: 8, n: 12 }).value).toBeCloseTo(1 / 256, 15);
    expect(ropeAlibiSlope({ h: 9, n: 12 }).value).toBeCloseTo(2 ** -0.5, 15);
    expect(ropeAlibiSlope({ h: 12, n: 12 }).value).toBeCloseTo(2 ** -3.5, 15);
  });

  it("adds −m·k to the logit, 0 for the token itself", () => {
    expect(ropeAlibiBias({ h: 1, n: 8, distance: 10 }).value).toBe(-5);
    expect(ropeAlibiBias({ h: 1, n: 8, distance: 0 }).value).toBe(0);
  });

  it("refuses a head beyond n", () => {
    expect(catchComputeError(() => ropeAlibiSlope({ h: 9, n: 8 })).input).toBe("h");
    expect(catchComputeError(() => ropeAlibiBias({ h: 0, n: 8, distance: 1 })).input).toBe("h");
  });
});

describe("rope.partial_rotary_dims", () => {
  it("GPT-NeoX-20B rotates the first 25% of its 96-wide heads: 24 dimensions (arXiv 2204.06745; rotary_pct 0.25, 6144/64 = 96)", () => {
    expect(ropePartialDims({ d: 96, fraction: 0.25 }).value).toBe(24);
  });

  it("is the whole head at fraction 1 and rounds down like int()", () => {
    expect(ropePartialDims({ d: 128, fraction: 1 }).value).toBe(128);
    expect(ropePartialDims({ d: 80, fraction: 0.33 }).value).toBe(26);
  });

  it("refuses fractions outside (0, 1]", () => {
    expect(catchComputeError(() => ropePartialDims({ d: 96, fraction: 0 })).input).toBe("fraction");
    expect(catchComputeError(() => ropePartialDims({ d: 96, fraction: 1.5 })).input).toBe("fraction");
  });
});
