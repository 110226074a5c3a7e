import { describe, expect, it } from "vitest";
import { catchComputeError } from "@/lib/compute/catch-compute-error";
import { floatEpsilon, floatMaxFinite, floatMinSubnormal } from "./compute-formats";

describe("quant.float_max_finite", () => {
  it("FP8 E4M3 reaches 448 and E5M2 57,344 (FP8 Formats for Deep Learning, arXiv 2209.05433, Table 1)", () => {
    expect(floatMaxFinite({ exponentBits: 4, mantissaBits: 3, specials: 1 }).value).toBe(448); // 2^8 × 1.75
    expect(floatMaxFinite({ exponentBits: 5, mantissaBits: 2, specials: 2 }).value).toBe(57344); // 2^15 × 1.75
  });

  it("FP4 E2M1 reaches 6 (OCP Microscaling Formats v1.0, FP4 E2M1 max normal)", () => {
    expect(floatMaxFinite({ exponentBits: 2, mantissaBits: 1, specials: 0 }).value).toBe(6); // 2^2 × 1.5
  });

  it("IEEE binary16 reaches 65,504 and BF16 ≈ 3.39e38 (IEEE 754 binary16; bfloat16)", () => {
    expect(floatMaxFinite({ exponentBits: 5, mantissaBits: 10, specials: 2 }).value).toBe(65504);
    expect(floatMaxFinite({ exponentBits: 8, mantissaBits: 7, specials: 2 }).value).toBeCloseTo(3.3895313892515355e38, -30);
  });

  it("an IEEE-style E4M3 would stop at 240: E4M3's special-value choice buys the range up to 448", () => {
    expect(floatMaxFinite({ exponentBits: 4, mantissaBits: 3, specials: 2 }).value).toBe(240); // 2^7 × 1.875
    expect(floatMaxFinite({ exponentBits: 4, mantissaBits: 3, specials: 0 }).value).toBe(480); // 2^8 × 1.875
  });

  it("states the bias and the special values in its steps", () => {
    const steps = floatMaxFinite({ exponentBits: 4, mantissaBits: 3, specials: 1 }).steps.join(" ");
    expect(steps).toContain("Bias = 2^(E−1) − 1 = 2^3 − 1 = 7");
    expect(steps).toContain("448");
  });
});

describe("quant.float_min_subnormal", () => {
  it("E4M3's smallest positive value is 2^−9 and E5M2's 2^−16 (arXiv 2209.05433, Table 1)", () => {
    expect(floatMinSubnormal({ exponentBits: 4, mantissaBits: 3 }).value).toBe(2 ** -9);
    expect(floatMinSubnormal({ exponentBits: 5, mantissaBits: 2 }).value).toBe(2 ** -16);
  });

  it("FP16's smallest subnormal is 2^−24 ≈ 5.96e-8 and E2M1's is 0.5 (IEEE 754; OCP MX v1.0)", () => {
    expect(floatMinSubnormal({ exponentBits: 5, mantissaBits: 10 }).value).toBe(2 ** -24);
    expect(floatMinSubnormal({ exponentBits: 2, mantissaBits: 1 }).value).toBe(0.5);
  });
});

describe("quant.float_epsilon", () => {
  it("E4M3 steps by 1/8 and E5M2 by 1/4 just above 1 (3 and 2 mantissa bits, arXiv 2209.05433)", () => {
    expect(floatEpsilon({ mantissaBits: 3 }).value).toBe(0.125);
    expect(floatEpsilon({ mantissaBits: 2 }).value).toBe(0.25);
  });

  it("FP16 ε = 2^−10 ≈ 9.77e-4, BF16 ε = 2^−7 = 0.0078125 (IEEE 754 binary16; bfloat16's 7 mantissa bits)", () => {
    expect(floatEpsilon({ mantissaBits: 10 }).value).toBe(0.0009765625);
    expect(floatEpsilon({ mantissaBits: 7 }).value).toBe(0.0078125);
  });

  it("a format without mantissa bits steps by powers of two (ε = 1)", () => {
    expect(floatEpsilon({ mantissaBits: 0 }).value).toBe(1);
  });
});

describe("invalid inputs", () => {
  it("names the offending input", () => {
    const cases: [() => unknown, string][] = [
      [() => floatMaxFinite({ exponentBits: 0, mantissaBits: 3, specials: 1 }), "exponentBits"],
      [() => floatMaxFinite({ exponentBits: 9, mantissaBits: 3, specials: 1 }), "exponentBits"],
      [() => floatMaxFinite({ exponentBits: 4, mantissaBits: 3, specials: 3 }), "specials"],
      [() => floatMaxFinite({ exponentBits: 4, mantissaBits: 0, specials: 1 }), "mantissaBits"],
      [() => floatMaxFinite({ exponentBits: 1, mantissaBits: 2, specials: 2 }), "exponentBits"],
      [() => floatMaxFinite({ exponentBits: 4, mantissaBits: 2.5, specials: 2 }), "mantissaBits"],
      [() => floatMinSubnormal({ exponentBits: 4, mantissaBits: 0 }), "mantissaBits"],
      [() => floatEpsilon({ mantissaBits: -1 }), "mantissaBits"],
    ];
    for (const [f, input] of cases) {
      const error = catchComputeError(f);
      expect(error.code).toBe("invalid_input");
      expect(error.input).toBe(input);
    }
  });
});
