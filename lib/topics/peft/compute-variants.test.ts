import { describe, expect, it } from "vitest";
import { catchComputeError } from "@/lib/compute/catch-compute-error";
import { loraParams } from "./compute";
import { doraParams, ia3Params, loraScale, rsloraScale } from "./compute-variants";

describe("peft.dora_params", () => {
  it("4096 × 4096 at r = 8: LoRA's 65,536 plus 4,096 magnitudes = 69,632 (DoRA, arXiv 2402.09353; LoRA figure from arXiv 2106.09685)", () => {
    const result = doraParams({ dOut: 4096, dIn: 4096, r: 8 });
    expect(result.value).toBe(69_632);
    expect(result.steps[1]).toContain("4,096");
  });

  it("LLaMA-7B, r = 32 on q, k, v, up, down as in NVlabs/DoRA's commonsense script: 876,544 magnitudes on top of LoRA's 56,098,816 (derived)", () => {
    // d_model 4096, FFN 11008, 32 layers; up maps 4096 → 11008, down maps 11008 → 4096.
    const shapes = [
      [4096, 4096],
      [4096, 4096],
      [4096, 4096],
      [11008, 4096],
      [4096, 11008],
    ] as const;
    const dora = 32 * shapes.reduce((s, [dOut, dIn]) => s + doraParams({ dOut, dIn, r: 32 }).value, 0);
    const lora = 32 * shapes.reduce((s, [d, k]) => s + loraParams({ d, k, r: 32 }).value, 0);
    expect(lora).toBe(56_098_816);
    expect(dora - lora).toBe(876_544);
  });

  it("counts the magnitude on the output side of a non-square matrix", () => {
    expect(doraParams({ dOut: 10, dIn: 6, r: 2 }).value).toBe(2 * 16 + 10);
    expect(doraParams({ dOut: 6, dIn: 10, r: 2 }).value).toBe(2 * 16 + 6);
  });
});

describe("peft.lora_scale and peft.rslora_scale", () => {
  it("rsLoRA divides by √r, as PEFT's use_rslora sets lora_alpha/math.sqrt(r) (arXiv 2312.03732): α = 16, r = 16 → 4 against LoRA's 1", () => {
    expect(rsloraScale({ alpha: 16, r: 16 }).value).toBe(4);
    expect(loraScale({ alpha: 16, r: 16 }).value).toBe(1);
  });

  it("α/r shrinks the update as the rank grows (the collapse rsLoRA fixes): the gap to α/√r is exactly √r", () => {
    for (const r of [1, 4, 64, 256, 2048]) {
      const ratio = rsloraScale({ alpha: 8, r }).value / loraScale({ alpha: 8, r }).value;
      expect(ratio).toBeCloseTo(Math.sqrt(r), 10);
    }
    expect(loraScale({ alpha: 16, r: 256 }).value).toBe(0.0625);
    expect(rsloraScale({ alpha: 16, r: 256 }).value).toBe(1);
  });

  it("both equal α at rank 1", () => {
    expect(loraScale({ alpha: 32, r: 1 }).value).toBe(32);
    expect(rsloraScale({ alpha: 32, r: 1 }).value).toBe(32);
  });
});

describe("peft.ia3_params", () => {
  it("T0 (11B): 1,081,344 vectors ≈ 0.01% of the model, as PEFT's IA3 guide states (arXiv 2205.05638; T0 config: d_model 4096, 64 heads × 64, d_ff 10240, 24 + 24 layers)", () => {
    const encoder = ia3Params({ layers: 24, kvHeads: 64, headDim: 64, ffn: 10240 }).value;
    // The decoder scales the keys and values of self- and cross-attention: twice the heads' worth.
    const decoder = ia3Params({ layers: 24, kvHeads: 128, headDim: 64, ffn: 10240 }).value;
    expect(encoder + decoder).toBe(1_081_344);
    const share = (encoder + decoder) / 11e9;
    expect(share).toBeGreaterThan(0.00009);
    expect(share).toBeLessThan(0.00011);
  });

  it("Llama 3 8B (32 layers, 8 KV heads × 128, d_ff 14336): 32 × (1024 + 1024 + 14336) = 524,288 (derived from its config)", () => {
    const result = ia3Params({ layers: 32, kvHeads: 8, headDim: 128, ffn: 14336 });
    expect(result.value).toBe(524_288);
    expect(result.steps[1]).toContain("16,384");
  });

  it("works by hand: 2 layers, 1 head of 3, d_ff 4 → 2 × 10 = 20", () => {
    expect(ia3Params({ layers: 2, kvHeads: 1, headDim: 3, ffn: 4 }).value).toBe(20);
  });
});

describe("invalid inputs", () => {
  it("names the offending input", () => {
    const cases: [() => unknown, string][] = [
      [() => doraParams({ dOut: 16, dIn: 8, r: 9 }), "r"],
      [() => doraParams({ dOut: 0, dIn: 8, r: 1 }), "dOut"],
      [() => doraParams({ dOut: 16, dIn: 8.5, r: 1 }), "dIn"],
      [() => loraScale({ alpha: 0, r: 8 }), "alpha"],
      [() => rsloraScale({ alpha: 16, r: 0 }), "r"],
      [() => rsloraScale({ alpha: -1, r: 4 }), "alpha"],
      [() => ia3Params({ layers: 0, kvHeads: 8, headDim: 128, ffn: 14336 }), "layers"],
      [() => ia3Params({ layers: 32, kvHeads: 8, headDim: 128, ffn: 1.5 }), "ffn"],
    ];
    for (const [f, input] of cases) {
      const error = catchComputeError(f);
      expect(error.code).toBe("invalid_input");
      expect(error.input).toBe(input);
    }
  });
});
