import { describe, expect, it } from "vitest";
import { catchComputeError } from "@/lib/compute/catch-compute-error";
import {
  absmaxScale,
  asymScale,
  asymZeroPoint,
  compressionRatio,
  groupwiseBitsPerWeight,
  nf4DoubleQuantBits,
  nf4TotalBitsPerParam,
  quantizeAbsmax,
  quantizeAsym,
  weightBytes,
} from "./compute";

// Llama 3 70B: 70.55 B parameters.
const LLAMA3_70B_PARAMS = 70_550_000_000;

describe("quant.weight_bytes", () => {
  it("Llama 3 70B, weights only: FP32 ≈ 282 GB, BF16 ≈ 141 GB, INT8 ≈ 70.6 GB, INT4 ≈ 35.3 GB (derived)", () => {
    const gb = (bits: number) => weightBytes({ params: LLAMA3_70B_PARAMS, bits }).value / 1e9;
    expect(gb(32)).toBeCloseTo(282.2, 6); // 70.55e9 × 4 bytes
    expect(gb(16)).toBeCloseTo(141.1, 6); // × 2 bytes
    expect(gb(8)).toBeCloseTo(70.55, 6);
    expect(gb(4)).toBeCloseTo(35.275, 6); // × 0.5 bytes
  });

  it("takes effective bits per weight: 8 params at 4.125 bits = 33 bits = 4.125 bytes", () => {
    expect(weightBytes({ params: 8, bits: 4.125 }).value).toBe(4.125);
  });
});

describe("quant.groupwise_bits_per_weight", () => {
  it("4-bit, g = 128: FP16 scale → 4.125; plus FP16 zero → 4.25", () => {
    expect(groupwiseBitsPerWeight({ bits: 4, groupSize: 128, scaleBits: 16, zeroBits: 0 }).value).toBe(4.125); // 4 + 16/128
    expect(groupwiseBitsPerWeight({ bits: 4, groupSize: 128, scaleBits: 16, zeroBits: 16 }).value).toBe(4.25); // 4 + 32/128
  });
});

describe("QLoRA constants (arXiv 2305.14314)", () => {
  it("double quantization with B = 64, B₂ = 256 costs 8/64 + 32/16384 ≈ 0.127 bits per parameter", () => {
    const result = nf4DoubleQuantBits({ blockSize: 64, blockSize2: 256 });
    expect(result.value).toBe(0.126953125); // 0.125 + 0.001953125
    expect(result.steps[0]).toContain("0.5 bits"); // 32/64 without double quantization
  });

  it("NF4 totals ≈ 4.127 bits per parameter", () => {
    expect(nf4TotalBitsPerParam({ blockSize: 64, blockSize2: 256 }).value).toBe(4.126953125);
  });
});

describe("absmax quantization", () => {
  it("INT8 uses codes ±127: max|x| = 127 gives Δ = 1", () => {
    expect(absmaxScale({ maxAbs: 127, bits: 8 }).value).toBe(1);
    expect(quantizeAbsmax({ x: 127, maxAbs: 127, bits: 8 }).value).toBe(127);
    expect(quantizeAbsmax({ x: -127, maxAbs: 127, bits: 8 }).value).toBe(-127);
  });

  it("clamps values beyond max|x|", () => {
    expect(quantizeAbsmax({ x: -200, maxAbs: 127, bits: 8 }).value).toBe(-127);
    expect(quantizeAbsmax({ x: 1000, maxAbs: 127, bits: 8 }).value).toBe(127);
  });

  it("works by hand: max|x| = 2.54, INT8 → Δ = 2.54/127 = 0.02; x = 1.0 → 50", () => {
    expect(absmaxScale({ maxAbs: 2.54, bits: 8 }).value).toBeCloseTo(0.02, 15);
    expect(quantizeAbsmax({ x: 1, maxAbs: 2.54, bits: 8 }).value).toBe(50);
  });

  it("INT4: codes ±7; max|x| = 3.5 → Δ = 0.5; x = 1.2 → round(2.4) = 2", () => {
    expect(absmaxScale({ maxAbs: 3.5, bits: 4 }).value).toBe(0.5);
    expect(quantizeAbsmax({ x: 1.2, maxAbs: 3.5, bits: 4 }).value).toBe(2);
  });

  it("rounds halves to even, for negative values too (convention)", () => {
    // Δ = 1: x/Δ = x exactly
    expect(quantizeAbsmax({ x: 2.5, maxAbs: 127, bits: 8 }).value).toBe(2);
    expect(quantizeAbsmax({ x: 3.5, maxAbs: 127, bits: 8 }).value).toBe(4);
    expect(quantizeAbsmax({ x: -2.5, maxAbs: 127, bits: 8 }).value).toBe(-2);
    expect(quantizeAbsmax({ x: -3.5, maxAbs: 127, bits: 8 }).value).toBe(-4);
    expect(Object.is(quantizeAbsmax({ x: -0.3, maxAbs: 127, bits: 8 }).value, 0)).toBe(true);
  });
});

describe("asymmetric quantization", () => {
  it("works by hand: [−1, 2] at 2 bits → scale 3/3 = 1, zero point round(1) = 1", () => {
    expect(asymScale({ min: -1, max: 2, bits: 2 }).value).toBe(1);
    expect(asymZeroPoint({ min: -1, max: 2, bits: 2 }).value).toBe(1);
    expect(quantizeAsym({ x: 0.4, min: -1, max: 2, bits: 2 }).value).toBe(1); // round(0.4) + 1
    expect(quantizeAsym({ x: 2, min: -1, max: 2, bits: 2 }).value).toBe(3); // round(2) + 1
    expect(quantizeAsym({ x: 5, min: -1, max: 2, bits: 2 }).value).toBe(3); // 6 clamped to 2² − 1
    expect(quantizeAsym({ x: -3, min: -1, max: 2, bits: 2 }).value).toBe(0); // −2 clamped to 0
  });

  it("the zero point rounds half to even: [−2.5, 0.5] at 2 bits → round(2.5) = 2", () => {
    expect(asymZeroPoint({ min: -2.5, max: 0.5, bits: 2 }).value).toBe(2);
  });

  it("UINT8 over [−1, 1]: scale 2/255, zero point round(127.5) = 128", () => {
    expect(asymScale({ min: -1, max: 1, bits: 8 }).value).toBeCloseTo(2 / 255, 15);
    expect(asymZeroPoint({ min: -1, max: 1, bits: 8 }).value).toBe(128);
  });
});

describe("quant.compression_ratio", () => {
  it("INT4 is 8× smaller than FP32 but 4× smaller than BF16, ≈3.3–3.9× with scales", () => {
    expect(compressionRatio({ fromBits: 32, toBits: 4 }).value).toBe(8);
    expect(compressionRatio({ fromBits: 16, toBits: 4 }).value).toBe(4);
    expect(compressionRatio({ fromBits: 16, toBits: 4.125 }).value).toBeCloseTo(3.879, 3);
    // Q4_K_M ≈ 4.89 bits per weight (llama.cpp quantize README)
    expect(compressionRatio({ fromBits: 16, toBits: 4.89 }).value).toBeCloseTo(3.272, 3);
  });
});

describe("invalid inputs", () => {
  it("names the offending input", () => {
    const cases: [() => unknown, string][] = [
      [() => weightBytes({ params: -1, bits: 16 }), "params"],
      [() => weightBytes({ params: 1e9, bits: 0 }), "bits"],
      [() => groupwiseBitsPerWeight({ bits: 4, groupSize: 0, scaleBits: 16, zeroBits: 0 }), "groupSize"],
      [() => groupwiseBitsPerWeight({ bits: 4, groupSize: 128, scaleBits: -16, zeroBits: 0 }), "scaleBits"],
      [() => absmaxScale({ maxAbs: 0, bits: 8 }), "maxAbs"],
      [() => absmaxScale({ maxAbs: 1, bits: 1 }), "bits"],
      [() => quantizeAbsmax({ x: Number.NaN, maxAbs: 1, bits: 8 }), "x"],
      [() => quantizeAbsmax({ x: 0.5, maxAbs: 1, bits: 4.5 }), "bits"],
      [() => asymScale({ min: 0, max: 0, bits: 8 }), "max"],
      [() => asymZeroPoint({ min: 0.5, max: 2, bits: 8 }), "min"],
      [() => quantizeAsym({ x: 0, min: -2, max: -1, bits: 8 }), "max"],
      [() => nf4DoubleQuantBits({ blockSize: 0, blockSize2: 256 }), "blockSize"],
      [() => compressionRatio({ fromBits: 16, toBits: 0 }), "toBits"],
    ];
    for (const [f, input] of cases) {
      const error = catchComputeError(f);
      expect(error.code).toBe("invalid_input");
      expect(error.input).toBe(input);
    }
  });
});
