import { describe, expect, it } from "vitest";
import { catchComputeError } from "@/lib/compute/catch-compute-error";
import { adapterParams, fullAdamBytes, loraModelParams, loraParams, promptTuningParams, trainableShare } from "./compute";

describe("peft.lora_params", () => {
  it("4096 × 4096 at r = 8: 65,536 instead of 16.8 M (LoRA, arXiv 2106.09685)", () => {
    const result = loraParams({ d: 4096, k: 4096, r: 8 });
    expect(result.value).toBe(65_536); // 8 × (4096 + 4096)
    expect(result.steps[1]).toContain("16,777,216"); // 4096²
  });

  it("works by hand for a non-square matrix: d = 10, k = 6, r = 2 → 2 × 16 = 32", () => {
    expect(loraParams({ d: 10, k: 6, r: 2 }).value).toBe(32);
  });
});

describe("peft.lora_model_params and trainable share", () => {
  // GPT-3 175B: 96 layers, d_model 12,288; LoRA r = 4 on W_q and W_v (arXiv 2106.09685).
  const gpt3 = { layers: 96, matricesPerLayer: 2, d: 12_288, k: 12_288, r: 4 };

  it("GPT-3 175B, r = 4 on W_q and W_v: 96 × 2 × 4 × 24,576 = 18,874,368 (derived)", () => {
    expect(loraModelParams(gpt3).value).toBe(18_874_368);
  });

  it("is ~10,000× fewer trainable parameters than full fine-tuning, as the LoRA paper rounds it (≈ 9,300× derived)", () => {
    const share = trainableShare({ trainableParams: 18_874_368, baseParams: 175_000_000_000 }).value;
    expect(share).toBeCloseTo(1.0785e-4, 7);
    expect(1 / share).toBeGreaterThan(9000);
    expect(1 / share).toBeLessThan(10_000);
  });
});

describe("peft.adapter_params", () => {
  it("BERT-base d = 768, m = 64: 2·64·768 + 768 + 64 = 99,136 (Houlsby et al., arXiv 1902.00751)", () => {
    expect(adapterParams({ d: 768, m: 64 }).value).toBe(99_136);
  });

  it("works by hand: d = 4, m = 2 → 16 + 4 + 2 = 22", () => {
    expect(adapterParams({ d: 4, m: 2 }).value).toBe(22);
  });
});

describe("peft.prompt_tuning_params", () => {
  it("is k·d: 20 tokens × 4096 = 81,920", () => {
    expect(promptTuningParams({ tokens: 20, d: 4096 }).value).toBe(81_920);
  });
});

describe("finetune.full_adam_bytes (ZeRO, arXiv 1910.02054)", () => {
  it("70B: 16 × 70e9 = 1.12e12 bytes ≈ 1.1 TB", () => {
    const result = fullAdamBytes({ params: 70_000_000_000 });
    expect(result.value).toBe(1.12e12);
    expect(result.steps[1]).toContain("1.12 TB");
  });

  it("GPT-2 1.5B: 24 GB of model states, the paper's example", () => {
    expect(fullAdamBytes({ params: 1_500_000_000 }).value).toBe(24e9);
  });
});

describe("invalid inputs", () => {
  it("names the offending input", () => {
    const cases: [() => unknown, string][] = [
      [() => loraParams({ d: 4096, k: 4096, r: 0 }), "r"],
      [() => loraParams({ d: 16, k: 8, r: 9 }), "r"],
      [() => loraParams({ d: 4096.5, k: 4096, r: 8 }), "d"],
      [() => loraModelParams({ layers: 0, matricesPerLayer: 2, d: 64, k: 64, r: 4 }), "layers"],
      [() => adapterParams({ d: 768, m: 0 }), "m"],
      [() => promptTuningParams({ tokens: -5, d: 768 }), "tokens"],
      [() => trainableShare({ trainableParams: 10, baseParams: 0 }), "baseParams"],
      [() => fullAdamBytes({ params: 1.5 }), "params"],
    ];
    for (const [f, input] of cases) {
      const error = catchComputeError(f);
      expect(error.code).toBe("invalid_input");
      expect(error.input).toBe(input);
    }
  });
});
