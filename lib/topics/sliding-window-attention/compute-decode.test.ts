import { describe, expect, it } from "vitest";
import { catchComputeError } from "@/lib/compute/catch-compute-error";
import { decodeArithmeticIntensity, decodeTokensPerSecondBound, forwardFlops } from "./compute-decode";

// Llama 3 70B: 70.55 B parameters (its model card), BF16; KV cache 320 KiB per token (derived from its config).
const LLAMA3_70B = { params: 70.55e9, bytesPerParam: 2, kvBytesPerToken: 327_680 };
const H100_SXM = 3350; // GB/s

describe("attention.forward_flops", () => {
  it("≈ 2N FLOPs per token (Kaplan et al., arXiv 2001.08361, §2.1): Llama 3 70B ≈ 141 GFLOP per token", () => {
    expect(forwardFlops({ params: 70.55e9, tokens: 1 }).value).toBe(141.1e9);
    expect(forwardFlops({ params: 8e9, tokens: 1000 }).value).toBe(1.6e13);
  });

  it("refuses zero tokens or parameters", () => {
    expect(catchComputeError(() => forwardFlops({ params: 0, tokens: 1 })).input).toBe("params");
    expect(catchComputeError(() => forwardFlops({ params: 1e9, tokens: 0 })).input).toBe("tokens");
  });
});

describe("attention.decode_tokens_per_second_bound", () => {
  it("141 GB of BF16 weights at 3.35 TB/s (H100 SXM datasheet) → ≤ ≈ 24 tokens/s at batch 1 (memory-bound decoding, arXiv 2211.05102)", () => {
    const r = decodeTokensPerSecondBound({ ...LLAMA3_70B, context: 0, batch: 1, bandwidth: H100_SXM });
    expect(r.value).toBeCloseTo(3.35e12 / 141.1e9, 10);
    expect(r.value).toBeCloseTo(23.74, 2);
  });

  it("batching shares the weight read; each sequence's cache is not shared", () => {
    const one = decodeTokensPerSecondBound({ ...LLAMA3_70B, context: 0, batch: 1, bandwidth: H100_SXM }).value;
    expect(decodeTokensPerSecondBound({ ...LLAMA3_70B, context: 0, batch: 8, bandwidth: H100_SXM }).value).toBeCloseTo(8 * one, 8);
    // 8 sequences × 8,192 tokens × 320 KiB = 21.47 GB of KV on top of 141.1 GB.
    const withKv = decodeTokensPerSecondBound({ ...LLAMA3_70B, context: 8192, batch: 8, bandwidth: H100_SXM }).value;
    expect(withKv).toBeCloseTo((8 * 3.35e12) / (141.1e9 + 8 * 8192 * 327_680), 8);
  });

  it("refuses a zero bandwidth or a negative context", () => {
    expect(catchComputeError(() => decodeTokensPerSecondBound({ ...LLAMA3_70B, context: 0, batch: 1, bandwidth: 0 })).input).toBe("bandwidth");
    expect(catchComputeError(() => decodeTokensPerSecondBound({ ...LLAMA3_70B, context: -1, batch: 1, bandwidth: 1000 })).input).toBe("context");
  });
});

describe("attention.decode_arithmetic_intensity", () => {
  it("batch-1 BF16 decoding does 2N FLOPs over 2N bytes: 1 FLOP per byte (2N FLOPs per token, arXiv 2001.08361 §2.1)", () => {
    expect(decodeArithmeticIntensity({ ...LLAMA3_70B, context: 0, batch: 1 }).value).toBe(1);
    expect(decodeArithmeticIntensity({ ...LLAMA3_70B, context: 0, batch: 64 }).value).toBe(64);
  });

  it("the KV cache lowers it again at long context; refuses a zero batch", () => {
    const r = decodeArithmeticIntensity({ ...LLAMA3_70B, context: 32_768, batch: 64 }).value;
    expect(r).toBeCloseTo((2 * 70.55e9 * 64) / (141.1e9 + 64 * 32_768 * 327_680), 8);
    expect(r).toBeLessThan(20);
    expect(catchComputeError(() => decodeArithmeticIntensity({ ...LLAMA3_70B, context: 0, batch: 0 })).input).toBe("batch");
  });
});
