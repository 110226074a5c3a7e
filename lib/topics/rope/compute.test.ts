import { describe, expect, it } from "vitest";
import { catchComputeError } from "@/lib/compute/catch-compute-error";
import { ropeAngle, ropeNtkBase, ropePiAngle, ropeTheta, ropeWavelength } from "./compute";

describe("rope.theta", () => {
  it("is 1 for the first pair and falls with i", () => {
    expect(ropeTheta({ i: 0, d: 128, base: 10_000 }).value).toBe(1); // base^0
    // d = 4, i = 1: 10000^(−2/4) = 1/100
    expect(ropeTheta({ i: 1, d: 4, base: 10_000 }).value).toBeCloseTo(0.01, 15);
    expect(ropeTheta({ i: 1, d: 4, base: 10_000 }).unit).toBe("rad");
  });
});

describe("rope.angle", () => {
  it("is m·θ_i", () => {
    // m = 100, θ_1 = 0.01 → 1 rad
    expect(ropeAngle({ m: 100, i: 1, d: 4, base: 10_000 }).value).toBeCloseTo(1, 12);
    expect(ropeAngle({ m: 0, i: 5, d: 64, base: 10_000 }).value).toBe(0);
  });

  it("angle differences depend only on the offset m − n (why q·k is relative)", () => {
    const angle = (m: number) => ropeAngle({ m, i: 3, d: 64, base: 10_000 }).value;
    expect(angle(17) - angle(10)).toBeCloseTo(angle(1007) - angle(1000), 9);
  });
});

describe("rope.wavelength", () => {
  it("is 2π for the first pair (RoFormer, arXiv 2104.09864)", () => {
    expect(ropeWavelength({ i: 0, d: 128, base: 10_000 }).value).toBeCloseTo(2 * Math.PI, 12);
  });

  it("is ≈ 54,400 tokens for the last pair at d = 128, base 10k (derived)", () => {
    // 2π · 10000^(126/128) = 2π · 8659.6 ≈ 54,410
    expect(ropeWavelength({ i: 63, d: 128, base: 10_000 }).value).toBeCloseTo(54_410.14, 1);
  });

  it("is ≈ 2.56 M tokens at Llama 3's base 500,000 (derived; base from arXiv 2407.21783)", () => {
    const value = ropeWavelength({ i: 63, d: 128, base: 500_000 }).value;
    expect(value / 1e6).toBeCloseTo(2.56, 2);
  });
});

describe("rope.pi_angle", () => {
  it("divides the position by the factor", () => {
    // m = 4096, s = 2, θ_0 = 1 → 2048 rad
    expect(ropePiAngle({ m: 4096, i: 0, d: 128, base: 10_000, factor: 2 }).value).toBe(2048);
  });

  it("LLaMA 2,048 → 32,768 tokens (factor 16, arXiv 2306.15595): position 32,768 turns like trained position 2,048", () => {
    const interpolated = ropePiAngle({ m: 32_768, i: 10, d: 128, base: 10_000, factor: 16 }).value;
    expect(interpolated).toBeCloseTo(ropeAngle({ m: 2048, i: 10, d: 128, base: 10_000 }).value, 9);
  });

  it("factor 1 is plain RoPE", () => {
    expect(ropePiAngle({ m: 77, i: 5, d: 64, base: 10_000, factor: 1 }).value).toBe(ropeAngle({ m: 77, i: 5, d: 64, base: 10_000 }).value);
  });
});

describe("rope.ntk_base", () => {
  it("is base·s^(d/(d−2)) and divides the lowest frequency by s", () => {
    // d = 4: exponent 4/2 = 2, so base' = 10000 · 2² = 40,000
    expect(ropeNtkBase({ base: 10_000, factor: 2, d: 4 }).value).toBeCloseTo(40_000, 9);
    const newBase = ropeNtkBase({ base: 10_000, factor: 4, d: 128 }).value;
    const oldLast = ropeTheta({ i: 63, d: 128, base: 10_000 }).value;
    const newLast = ropeTheta({ i: 63, d: 128, base: newBase }).value;
    expect(oldLast / newLast).toBeCloseTo(4, 9);
    expect(ropeTheta({ i: 0, d: 128, base: newBase }).value).toBe(1);
  });
});

describe("invalid inputs", () => {
  it("names the offending input", () => {
    const cases: [() => unknown, string][] = [
      [() => ropeTheta({ i: 64, d: 128, base: 10_000 }), "i"],
      [() => ropeTheta({ i: 0, d: 127, base: 10_000 }), "d"],
      [() => ropeTheta({ i: -1, d: 128, base: 10_000 }), "i"],
      [() => ropeTheta({ i: 0.5, d: 128, base: 10_000 }), "i"],
      [() => ropeWavelength({ i: 0, d: 128, base: 1 }), "base"],
      [() => ropeAngle({ m: -1, i: 0, d: 128, base: 10_000 }), "m"],
      [() => ropeAngle({ m: 3, i: 2, d: 4, base: 10_000 }), "i"],
      [() => ropePiAngle({ m: 10, i: 0, d: 128, base: 10_000, factor: 0.5 }), "factor"],
      [() => ropeNtkBase({ base: 10_000, factor: 2, d: 2 }), "d"],
      [() => ropeNtkBase({ base: 10_000, factor: 2, d: 65 }), "d"],
    ];
    for (const [f, input] of cases) {
      const error = catchComputeError(f);
      expect(error.code).toBe("invalid_input");
      expect(error.input).toBe(input);
    }
  });
});
