import { describe, expect, it } from "vitest";
import { catchComputeError } from "@/lib/compute/catch-compute-error";
import { kvCacheBytes, kvCacheBytesPerToken } from "./compute";
import { localGlobalCacheRatio, localGlobalKvBytes, mlaEquivalentGqaGroups, mlaKvBytesPerToken, pagedKvBlocks, pagedKvWasteFraction } from "./compute-cache";

describe("attention.mla_kv_bytes_per_token", () => {
  it("DeepSeek-V2 MLA caches 576 values per token per layer: d_c 512 + d_R 64 (arXiv 2405.04434, §2.1)", () => {
    expect(mlaKvBytesPerToken({ layers: 1, latentDim: 512, ropeDim: 64, bytesPerValue: 1 }).value).toBe(576);
    // In BF16 over 10 layers: 576 × 2 × 10 = 11,520 B.
    const r = mlaKvBytesPerToken({ layers: 10, latentDim: 512, ropeDim: 64, bytesPerValue: 2 });
    expect(r.value).toBe(11_520);
    expect(r.steps.join(" ")).toContain("576 values");
  });

  it("refuses bad inputs", () => {
    expect(catchComputeError(() => mlaKvBytesPerToken({ layers: 0, latentDim: 512, ropeDim: 64, bytesPerValue: 2 })).input).toBe("layers");
    expect(catchComputeError(() => mlaKvBytesPerToken({ layers: 2, latentDim: 512, ropeDim: -1, bytesPerValue: 2 })).input).toBe("ropeDim");
    expect(catchComputeError(() => mlaKvBytesPerToken({ layers: 2, latentDim: 512, ropeDim: 64, bytesPerValue: 0 })).input).toBe("bytesPerValue");
  });
});

describe("attention.mla_equivalent_gqa_groups", () => {
  it("DeepSeek-V2: d_c = 4·d_h, d_R = d_h/2 is equal to GQA with only 2.25 groups (arXiv 2405.04434, §2.1.4)", () => {
    expect(mlaEquivalentGqaGroups({ latentDim: 512, ropeDim: 64, headDim: 128 }).value).toBe(2.25);
  });

  it("without the RoPE key the latent alone is 2 groups; refuses a zero head dimension", () => {
    expect(mlaEquivalentGqaGroups({ latentDim: 512, ropeDim: 0, headDim: 128 }).value).toBe(2);
    expect(catchComputeError(() => mlaEquivalentGqaGroups({ latentDim: 512, ropeDim: 64, headDim: 0 })).input).toBe("headDim");
  });
});

describe("local/global layer mixes", () => {
  const mistral = { kvHeads: 8, headDim: 128, bytesPerValue: 2, batch: 1 };
  it("Mistral 7B's rolling buffer (32 local layers, W = 4096) cuts the cache 8× at 32K tokens (arXiv 2310.06825, §2)", () => {
    expect(localGlobalCacheRatio({ globalLayers: 0, localLayers: 32, window: 4096, seqLen: 32_768 }).value).toBe(8);
    const mixed = localGlobalKvBytes({ ...mistral, globalLayers: 0, localLayers: 32, window: 4096, seqLen: 32_768 }).value;
    expect(mixed).toBe(kvCacheBytes({ ...mistral, layers: 32, seqLen: 4096 }).value); // 512 MiB
    expect(mixed).toBe(512 * 2 ** 20);
  });

  it("Gemma 3's 5 local (w = 1024) per global layer keeps ≈ 5.77× less cache at 131,072 tokens (layout from arXiv 2503.19786)", () => {
    const r = localGlobalCacheRatio({ globalLayers: 1, localLayers: 5, window: 1024, seqLen: 131_072 });
    expect(r.value).toBeCloseTo(786_432 / 136_192, 10);
    expect(r.value).toBeCloseTo(5.774, 3);
  });

  it("all-global layers equal the plain KV cache; short sequences gain nothing", () => {
    const g = { kvHeads: 8, headDim: 256, bytesPerValue: 2, batch: 3, seqLen: 8192 };
    expect(localGlobalKvBytes({ ...g, globalLayers: 42, localLayers: 0, window: 4096 }).value).toBe(kvCacheBytes({ ...g, layers: 42 }).value);
    expect(localGlobalCacheRatio({ globalLayers: 21, localLayers: 21, window: 4096, seqLen: 4096 }).value).toBe(1);
    // Gemma 2 9B at 8,192 tokens: per token 2·8·256·2 = 8 KiB per layer; (21·8192 + 21·4096) positions.
    expect(localGlobalKvBytes({ ...g, batch: 1, globalLayers: 21, localLayers: 21, window: 4096 }).value).toBe(8192 * (21 * 8192 + 21 * 4096));
    expect(kvCacheBytesPerToken({ layers: 1, kvHeads: 8, headDim: 256, bytesPerValue: 2 }).value).toBe(8192);
  });

  it("refuses a model with no layers", () => {
    expect(catchComputeError(() => localGlobalCacheRatio({ globalLayers: 0, localLayers: 0, window: 8, seqLen: 8 })).input).toBe("localLayers");
    expect(catchComputeError(() => localGlobalKvBytes({ ...mistral, globalLayers: 0, localLayers: 0, window: 8, seqLen: 8 })).code).toBe("invalid_input");
  });
});

describe("paged KV cache", () => {
  it("vLLM's default block of 16 tokens: 1,000 tokens take 63 blocks, 8 empty slots (arXiv 2309.06180, §7.2)", () => {
    expect(pagedKvBlocks({ tokens: 1000, blockSize: 16 }).value).toBe(63);
    expect(pagedKvBlocks({ tokens: 1008, blockSize: 16 }).value).toBe(63);
    expect(pagedKvBlocks({ tokens: 1009, blockSize: 16 }).value).toBe(64);
    expect(pagedKvWasteFraction({ tokens: 1000, blockSize: 16 }).value).toBeCloseTo(8 / 1008, 12);
  });

  it("waste is under one block; a contiguous reservation of the maximum length wastes the rest", () => {
    expect(pagedKvWasteFraction({ tokens: 1008, blockSize: 16 }).value).toBe(0);
    expect(pagedKvWasteFraction({ tokens: 1, blockSize: 16 }).value).toBe(15 / 16);
    expect(pagedKvWasteFraction({ tokens: 512, blockSize: 2048 }).value).toBe(0.75);
  });

  it("refuses zero tokens or a zero block", () => {
    expect(catchComputeError(() => pagedKvBlocks({ tokens: 0, blockSize: 16 })).input).toBe("tokens");
    expect(catchComputeError(() => pagedKvWasteFraction({ tokens: 5, blockSize: 0 })).input).toBe("blockSize");
  });
});
