import { describe, expect, it } from "vitest";
import {
  causalScores,
  fullScores,
  gqaCacheRatio,
  kvCacheBytes,
  kvCacheBytesPerToken,
  matrixBytes,
  receptiveField,
  rollingBufferSlot,
  windowScores,
} from "./compute";
import { catchComputeError } from "@/lib/compute/catch-compute-error";

// Llama 3 70B config: 80 layers, 64 query heads, 8 KV heads, head_dim 128, BF16 (2 bytes).
const LLAMA3_70B = { layers: 80, kvHeads: 8, headDim: 128, bytesPerValue: 2 };
// Llama 2 7B config: 32 layers, 32 KV heads (no GQA), head_dim 128, FP16.
const LLAMA2_7B = { layers: 32, kvHeads: 32, headDim: 128, bytesPerValue: 2 };

describe("score counts", () => {
  it("counts full and causal scores", () => {
    expect(fullScores({ n: 4 }).value).toBe(16); // 4² = 16
    expect(causalScores({ n: 4 }).value).toBe(10); // 1+2+3+4 = 10
  });

  it("counts a causal window including the token itself", () => {
    // n = 5, w = 3: queries see 1, 2, 3, 3, 3 keys = 12 = 5·3 − 3·2/2
    expect(windowScores({ n: 5, w: 3 }).value).toBe(12);
    // n ≤ w is plain causal attention: 3·4/2 = 6
    expect(windowScores({ n: 3, w: 5 }).value).toBe(6);
    expect(windowScores({ n: 5, w: 5 }).value).toBe(15);
  });

  it("gives score-matrix memory: 4096² × 32 heads × 2 bytes = 1 GiB", () => {
    expect(matrixBytes({ n: 4096, heads: 32, bytesPerValue: 2 }).value).toBe(2 ** 30);
  });
});

describe("receptive field", () => {
  it("Mistral 7B: 32 layers × W 4096 → 32·4095 + 1 = 131,041 (arXiv 2310.06825 quotes ≈131K as 32 × 4096)", () => {
    const result = receptiveField({ layers: 32, w: 4096 });
    expect(result.value).toBe(131_041);
    expect(Math.abs(result.value - 32 * 4096)).toBeLessThan(32);
  });

  it("one layer sees exactly the window", () => {
    expect(receptiveField({ layers: 1, w: 4 }).value).toBe(4); // 1·3 + 1
  });
});

describe("KV cache", () => {
  it("Llama 3 70B: 320 KiB per token and 40 GiB at 131,072 tokens (derived from its config)", () => {
    expect(kvCacheBytesPerToken(LLAMA3_70B).value).toBe(320 * 1024); // 2·80·8·128·2 = 327,680
    const full = kvCacheBytes({ ...LLAMA3_70B, seqLen: 131_072, batch: 1 });
    expect(full.value).toBe(40 * 2 ** 30);
    expect(full.steps.at(-1)).toContain("40 GiB");
  });

  it("Llama 2 7B: 512 KiB per token and 2 GiB at 4,096 tokens (derived from its config)", () => {
    expect(kvCacheBytesPerToken(LLAMA2_7B).value).toBe(512 * 1024); // 2·32·32·128·2 = 524,288
    expect(kvCacheBytes({ ...LLAMA2_7B, seqLen: 4096, batch: 1 }).value).toBe(2 * 2 ** 30);
  });

  it("scales with batch", () => {
    // 2·1·1·4·1 = 8 bytes per token, × 10 tokens × 3 sequences = 240
    expect(kvCacheBytes({ layers: 1, kvHeads: 1, headDim: 4, bytesPerValue: 1, seqLen: 10, batch: 3 }).value).toBe(240);
  });

  it("GQA: Llama 3 70B's 64 query heads share 8 KV heads → 8× smaller cache (config)", () => {
    expect(gqaCacheRatio({ heads: 64, kvHeads: 8 }).value).toBe(8);
    expect(gqaCacheRatio({ heads: 32, kvHeads: 32 }).value).toBe(1);
    expect(gqaCacheRatio({ heads: 32, kvHeads: 1 }).value).toBe(32); // multi-query attention
  });

  it("rolling buffer: slot i mod W", () => {
    expect(rollingBufferSlot({ i: 4100, w: 4096 }).value).toBe(4); // 4100 − 4096
    expect(rollingBufferSlot({ i: 5, w: 4096 }).value).toBe(5);
    expect(rollingBufferSlot({ i: 4096, w: 4096 }).value).toBe(0);
  });
});

describe("invalid inputs", () => {
  it("names the offending input", () => {
    const cases: [() => unknown, string][] = [
      [() => windowScores({ n: 10, w: 0 }), "w"],
      [() => windowScores({ n: 1.5, w: 2 }), "n"],
      [() => fullScores({ n: -3 }), "n"],
      [() => matrixBytes({ n: 4, heads: 1, bytesPerValue: 0 }), "bytesPerValue"],
      [() => kvCacheBytes({ ...LLAMA2_7B, seqLen: Number.POSITIVE_INFINITY, batch: 1 }), "seqLen"],
      [() => gqaCacheRatio({ heads: 32, kvHeads: 5 }), "kvHeads"],
      [() => gqaCacheRatio({ heads: 8, kvHeads: 16 }), "kvHeads"],
      [() => rollingBufferSlot({ i: -1, w: 4 }), "i"],
    ];
    for (const [f, input] of cases) {
      const error = catchComputeError(f);
      expect(error.code).toBe("invalid_input");
      expect(error.input).toBe(input);
    }
  });
});
