import { describe, expect, it } from "vitest";
import { catchComputeError } from "@/lib/compute/catch-compute-error";
import { groupwiseBitsPerWeight } from "./compute";
import { scaleCount, smoothquantScale } from "./compute-schemes";

describe("quant.scale_count", () => {
  it("a 4096 × 4096 projection at g = 128 stores 32 × 4096 = 131,072 scales (AutoGPTQ qlinear_cuda.py: scales ⌈in/g⌉ × out)", () => {
    expect(scaleCount({ rows: 4096, cols: 4096, groupSize: 128 }).value).toBe(131072);
  });

  it("Llama 3 8B's up-projection (14,336 × 4,096, config.json) at g = 128: 458,752 scales", () => {
    expect(scaleCount({ rows: 14336, cols: 4096, groupSize: 128 }).value).toBe(458752);
  });

  it("g = cols is per-channel (one scale per row); a shorter last group still gets its own scale", () => {
    expect(scaleCount({ rows: 4096, cols: 4096, groupSize: 4096 }).value).toBe(4096);
    expect(scaleCount({ rows: 10, cols: 100, groupSize: 32 }).value).toBe(40); // ⌈100/32⌉ = 4
    expect(scaleCount({ rows: 10, cols: 100, groupSize: 1000 }).value).toBe(10);
  });
});

describe("block formats through quant.groupwise_bits_per_weight", () => {
  it("MXFP4: 32 E2M1 values + one 8-bit E8M0 scale = 4.25 bits (OCP Microscaling Formats v1.0)", () => {
    expect(groupwiseBitsPerWeight({ bits: 4, groupSize: 32, scaleBits: 8, zeroBits: 0 }).value).toBe(4.25);
  });

  it("NVFP4: 16 E2M1 values + one FP8 E4M3 scale = 4.5 bits before the per-tensor FP32 scale (NVIDIA NVFP4 blog)", () => {
    expect(groupwiseBitsPerWeight({ bits: 4, groupSize: 16, scaleBits: 8, zeroBits: 0 }).value).toBe(4.5);
  });

  it("GPTQ-format 4-bit, g = 128: FP16 scale + zero point packed at 4 bits = 4.15625 bits (AutoGPTQ qzeros at `bits` per value)", () => {
    expect(groupwiseBitsPerWeight({ bits: 4, groupSize: 128, scaleBits: 16, zeroBits: 4 }).value).toBe(4.15625);
  });
});

describe("quant.smoothquant_scale", () => {
  it("α = 0.5 (SmoothQuant's default, arXiv 2211.10438; mit-han-lab/smoothquant smooth.py) balances both maxima at √(max|X|·max|W|): 16 and 1 → s = 4", () => {
    const r = smoothquantScale({ maxAct: 16, maxWeight: 1, alpha: 0.5 });
    expect(r.value).toBe(4);
    expect(r.steps[1]).toContain("16/4 = 4"); // activation max after smoothing
    expect(r.steps[1]).toContain("1 × 4 = 4"); // weight max after smoothing
  });

  it("α = 1 moves all the range onto the weights (s = max|X|), α = 0 none of it (s = 1/max|W|)", () => {
    expect(smoothquantScale({ maxAct: 20, maxWeight: 0.5, alpha: 1 }).value).toBe(20);
    expect(smoothquantScale({ maxAct: 20, maxWeight: 0.5, alpha: 0 }).value).toBe(2);
  });

  it("α = 0.75: 81^0.75 / 16^0.25 = 27/2 = 13.5", () => {
    expect(smoothquantScale({ maxAct: 81, maxWeight: 16, alpha: 0.75 }).value).toBeCloseTo(13.5, 12);
  });
});

describe("invalid inputs", () => {
  it("names the offending input", () => {
    const cases: [() => unknown, string][] = [
      [() => scaleCount({ rows: 0, cols: 4096, groupSize: 128 }), "rows"],
      [() => scaleCount({ rows: 4096, cols: 4096, groupSize: 0 }), "groupSize"],
      [() => scaleCount({ rows: 4096, cols: 40.5, groupSize: 128 }), "cols"],
      [() => smoothquantScale({ maxAct: 0, maxWeight: 1, alpha: 0.5 }), "maxAct"],
      [() => smoothquantScale({ maxAct: 1, maxWeight: -1, alpha: 0.5 }), "maxWeight"],
      [() => smoothquantScale({ maxAct: 1, maxWeight: 1, alpha: 1.5 }), "alpha"],
    ];
    for (const [f, input] of cases) {
      const error = catchComputeError(f);
      expect(error.code).toBe("invalid_input");
      expect(error.input).toBe(input);
    }
  });
});
