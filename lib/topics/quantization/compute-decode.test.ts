import { describe, expect, it } from "vitest";
import { catchComputeError } from "@/lib/compute/catch-compute-error";
import { decodeFlopsPerByte, decodeTokensPerSecondBound } from "./compute-decode";

describe("quant.decode_tokens_per_second_bound", () => {
  it("141 GB of BF16 weights at 3.35 TB/s (H100 SXM datasheet) → ≤ ≈ 23.8 tokens/s", () => {
    // 70.5 B parameters × 16 bits = 141 GB
    expect(decodeTokensPerSecondBound({ params: 70.5e9, bits: 16, bandwidth: 3350 }).value).toBeCloseTo(23.76, 2);
  });

  it("Llama 3 70B (70.55 B parameters): BF16 ≤ 23.7 tokens/s, 4-bit codes ≤ 95 tokens/s on the same 3.35 TB/s", () => {
    expect(decodeTokensPerSecondBound({ params: 70.55e9, bits: 16, bandwidth: 3350 }).value).toBeCloseTo(23.74, 2);
    expect(decodeTokensPerSecondBound({ params: 70.55e9, bits: 4, bandwidth: 3350 }).value).toBeCloseTo(94.97, 2);
  });

  it("the bound scales with 1/bits: halving the bits doubles it", () => {
    const at = (bits: number) => decodeTokensPerSecondBound({ params: 8.03e9, bits, bandwidth: 1000 }).value;
    expect(at(8) / at(16)).toBeCloseTo(2, 12);
  });
});

describe("quant.decode_arithmetic_intensity", () => {
  it("batch 1 with BF16 weights does 1 FLOP per byte, far below an H100's ≈ 295 (989 dense BF16 TFLOPS / 3.35 TB/s, datasheet)", () => {
    expect(decodeFlopsPerByte({ batch: 1, bits: 16 }).value).toBe(1);
    expect(989e12 / 3.35e12).toBeCloseTo(295, 0);
  });

  it("grows with the batch and with fewer bits per weight", () => {
    expect(decodeFlopsPerByte({ batch: 64, bits: 16 }).value).toBe(64);
    expect(decodeFlopsPerByte({ batch: 1, bits: 4 }).value).toBe(4);
  });
});

describe("invalid inputs", () => {
  it("names the offending input", () => {
    const cases: [() => unknown, string][] = [
      [() => decodeTokensPerSecondBound({ params: 0, bits: 16, bandwidth: 3350 }), "params"],
      [() => decodeTokensPerSecondBound({ params: 1e9, bits: 0, bandwidth: 3350 }), "bits"],
      [() => decodeTokensPerSecondBound({ params: 1e9, bits: 16, bandwidth: 0 }), "bandwidth"],
      [() => decodeFlopsPerByte({ batch: 0, bits: 16 }), "batch"],
      [() => decodeFlopsPerByte({ batch: 1.5, bits: 16 }), "batch"],
    ];
    for (const [f, input] of cases) {
      const error = catchComputeError(f);
      expect(error.code).toBe("invalid_input");
      expect(error.input).toBe(input);
    }
  });
});
