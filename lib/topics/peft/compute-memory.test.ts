import { describe, expect, it } from "vitest";
import { catchComputeError } from "@/lib/compute/catch-compute-error";
import { fullAdamBytes, loraModelParams } from "./compute";
import { adam8bitBytes, loraAdapterBytes, qloraStateBytes } from "./compute-memory";

const NF4_DQ_BITS = 4 + 8 / 64 + 32 / (64 * 256);

describe("peft.qlora_state_bytes", () => {
  // LLaMA 65B: 65.2 B parameters, 80 layers, d_model 8192, FFN 22016 (LLaMA, arXiv 2302.13971).
  // QLoRA's qlora.py: r = 64 on every linear layer of the blocks.
  const lora65b =
    loraModelParams({ layers: 80, matricesPerLayer: 4, d: 8192, k: 8192, r: 64 }).value +
    loraModelParams({ layers: 80, matricesPerLayer: 3, d: 22016, k: 8192, r: 64 }).value;

  it("LLaMA 65B with r = 64 everywhere: ≈ 33.6 GB NF4 base + ≈ 9.6 GB adapter states ≈ 43.2 GB, under the 48 GB GPU of QLoRA (arXiv 2305.14314; derived)", () => {
    expect(lora65b).toBe(799_539_200);
    const result = qloraStateBytes({ baseParams: 65.2e9, baseBits: NF4_DQ_BITS, loraParams: lora65b });
    expect(result.value / 1e9).toBeCloseTo(43.23, 2);
    expect(result.value).toBeLessThan(48e9);
    expect(result.steps[0]).toContain("33.63 GB");
    expect(result.steps[1]).toContain("9.594 GB");
  });

  it("is 16-bit LoRA's weight problem solved: the same base in BF16 alone would be 130 GB", () => {
    expect(qloraStateBytes({ baseParams: 65.2e9, baseBits: 16, loraParams: 0 }).value).toBe(130.4e9);
  });

  it("works by hand: 8 params at 4 bits + 1 adapter param = 4 + 12 = 16 bytes", () => {
    expect(qloraStateBytes({ baseParams: 8, baseBits: 4, loraParams: 1 }).value).toBe(16);
  });
});

describe("finetune.adam8bit_bytes", () => {
  it("8-bit states: 2 bytes instead of 8 per parameter (arXiv 2110.02861), so ZeRO's 24 GB for GPT-2 1.5B becomes 15 GB", () => {
    expect(fullAdamBytes({ params: 1_500_000_000 }).value).toBe(24e9);
    expect(adam8bitBytes({ params: 1_500_000_000 }).value).toBe(15e9);
  });

  it("Llama 3 70B (70.55 B): 705.5 GB of model states, still far beyond one GPU", () => {
    const result = adam8bitBytes({ params: 70_550_000_000 });
    expect(result.value).toBe(705.5e9);
    expect(result.steps[1]).toContain("705.5 GB");
  });
});

describe("peft.lora_adapter_bytes", () => {
  it("GPT-3 175B, r = 4 on W_q and W_v in FP16: 37.7 MB, the paper's ≈ 35 MB checkpoint (LoRA, arXiv 2106.09685)", () => {
    const result = loraAdapterBytes({ layers: 96, matricesPerLayer: 2, d: 12_288, k: 12_288, r: 4, bytesPerValue: 2 });
    expect(result.value).toBe(37_748_736);
    expect(result.value / 35e6).toBeGreaterThan(0.9);
    expect(result.value / 35e6).toBeLessThan(1.1);
    // Against 350 GB of FP16 weights: about 10,000× smaller.
    expect(350e9 / result.value).toBeGreaterThan(9000);
  });

  it("works by hand: 1 layer, 1 matrix 3 × 2, r = 1, 2 bytes → 10 bytes", () => {
    expect(loraAdapterBytes({ layers: 1, matricesPerLayer: 1, d: 3, k: 2, r: 1, bytesPerValue: 2 }).value).toBe(10);
  });
});

describe("invalid inputs", () => {
  it("names the offending input", () => {
    const cases: [() => unknown, string][] = [
      [() => qloraStateBytes({ baseParams: 0, baseBits: 4, loraParams: 1 }), "baseParams"],
      [() => qloraStateBytes({ baseParams: 10, baseBits: 0, loraParams: 1 }), "baseBits"],
      [() => qloraStateBytes({ baseParams: 10, baseBits: 4, loraParams: -1 }), "loraParams"],
      [() => adam8bitBytes({ params: 2.5 }), "params"],
      [() => loraAdapterBytes({ layers: 1, matricesPerLayer: 1, d: 3, k: 2, r: 1, bytesPerValue: 0 }), "bytesPerValue"],
      [() => loraAdapterBytes({ layers: 0, matricesPerLayer: 1, d: 3, k: 2, r: 1, bytesPerValue: 2 }), "layers"],
    ];
    for (const [f, input] of cases) {
      const error = catchComputeError(f);
      expect(error.code).toBe("invalid_input");
      expect(error.input).toBe(input);
    }
  });
});
