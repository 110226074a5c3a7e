import { describe, expect, it } from "vitest";
import { catchComputeError } from "@/lib/compute/catch-compute-error";
import { ropeNtkBase, ropeTheta } from "./compute";
import { ropeDynamicNtkBase, ropeLlama3Theta, ropeLlama3Wavelength, ropeYarnLogitScale, ropeYarnMscale, ropeYarnTheta } from "./compute-scaling";

// Llama 2 7B: L = 4096, d = 128, base 10,000; YaRN's α = 1, β = 32 for Llama (arXiv 2309.00071, §3.2).
const llama2 = { d: 128, base: 10_000, L: 4096, alpha: 1, beta: 32 };
// Llama 3.1 config.json rope_scaling: factor 8, low_freq_factor 1, high_freq_factor 4, original 8192; rope_theta 500,000.
const llama31 = { d: 128, base: 500_000, factor: 8, lowFreqFactor: 1, highFreqFactor: 4, originalContext: 8192 };
const theta = (i: number, d: number, base: number) => ropeTheta({ i, d, base }).value;

describe("rope.yarn_theta", () => {
  it("α = 1, β = 32 for Llama (YaRN, arXiv 2309.00071, §3.2): Llama 2's pair 0 is untouched, its last pair is divided by s like PI", () => {
    // Pair 0: λ = 2π, r = 4096/2π ≈ 652 > β.
    expect(ropeYarnTheta({ ...llama2, i: 0, s: 16 }).value).toBe(1);
    // Pair 63: λ ≈ 54,410 > L, r ≈ 0.075 < α.
    expect(ropeYarnTheta({ ...llama2, i: 63, s: 16 }).value).toBeCloseTo(theta(63, 128, 10_000) / 16, 15);
  });

  it("mixes θ/s and θ linearly on the ramp (Eq. 18–20)", () => {
    // Pair 32: λ = 2π·100 = 628.3, r = 6.519, γ = (r − 1)/31 = 0.17803.
    const t = theta(32, 128, 10_000);
    const r = 4096 / ((2 * Math.PI) / t);
    const gamma = (r - 1) / 31;
    expect(gamma).toBeCloseTo(0.17803, 4);
    expect(ropeYarnTheta({ ...llama2, i: 32, s: 16 }).value).toBeCloseTo(((1 - gamma) * t) / 16 + gamma * t, 15);
  });

  it("s = 1 is plain RoPE", () => {
    expect(ropeYarnTheta({ ...llama2, i: 40, s: 1 }).value).toBeCloseTo(theta(40, 128, 10_000), 15);
  });

  it("refuses β ≤ α and pairs outside the head", () => {
    expect(catchComputeError(() => ropeYarnTheta({ ...llama2, i: 3, s: 4, beta: 1 })).input).toBe("beta");
    expect(catchComputeError(() => ropeYarnTheta({ ...llama2, i: 64, s: 4 })).input).toBe("i");
    expect(catchComputeError(() => ropeYarnTheta({ ...llama2, i: 3, s: 0.5 })).input).toBe("s");
  });
});

describe("rope.yarn_mscale and rope.yarn_logit_scale", () => {
  it("√(1/t) ≈ 1.208 at s = 8 (YaRN, arXiv 2309.00071, Eq. 25)", () => {
    expect(ropeYarnMscale({ s: 8 }).value).toBeCloseTo(1.208, 3);
  });

  it("the logits are scaled by the square, 1/t ≈ 1.459 at s = 8 (Eq. 21–22)", () => {
    expect(ropeYarnLogitScale({ s: 8 }).value).toBeCloseTo(1.208 ** 2, 2);
    expect(ropeYarnLogitScale({ s: 8 }).value).toBeCloseTo(ropeYarnMscale({ s: 8 }).value ** 2, 12);
  });

  it("is 1 without extension and refuses s < 1", () => {
    expect(ropeYarnMscale({ s: 1 }).value).toBe(1);
    expect(ropeYarnLogitScale({ s: 1 }).value).toBe(1);
    expect(catchComputeError(() => ropeYarnMscale({ s: 0.5 })).input).toBe("s");
  });
});

describe("rope.dynamic_ntk_base", () => {
  it("keeps the base up to max_position_embeddings (transformers _compute_dynamic_ntk_parameters)", () => {
    expect(ropeDynamicNtkBase({ base: 10_000, s: 2, d: 128, L: 4096, l: 100 }).value).toBe(10_000);
    expect(ropeDynamicNtkBase({ base: 10_000, s: 2, d: 128, L: 4096, l: 4096 }).value).toBe(10_000);
  });

  it("uses s·l/L − (s − 1) as the NTK factor beyond L: Llama 2 (L = 4096) at 8,192 tokens with factor 2 uses 3", () => {
    const value = ropeDynamicNtkBase({ base: 10_000, s: 2, d: 128, L: 4096, l: 8192 }).value;
    expect(value).toBeCloseTo(10_000 * 3 ** (128 / 126), 6);
    // Same as the static NTK-aware base for a factor of 3.
    expect(value).toBeCloseTo(ropeNtkBase({ base: 10_000, factor: 3, d: 128 }).value, 6);
  });

  it("with factor 1 the factor is l/L, the paper's s = max(1, l′/L) (YaRN §3.3)", () => {
    expect(ropeDynamicNtkBase({ base: 10_000, s: 1, d: 128, L: 4096, l: 16_384 }).value).toBeCloseTo(ropeNtkBase({ base: 10_000, factor: 4, d: 128 }).value, 6);
  });

  it("refuses odd d", () => {
    expect(catchComputeError(() => ropeDynamicNtkBase({ base: 10_000, s: 2, d: 127, L: 4096, l: 8192 })).input).toBe("d");
  });
});

describe("rope.llama3_theta and rope.llama3_wavelength", () => {
  it("Llama 3.1 (factor 8, low 1, high 4, original 8192; transformers _compute_llama3_parameters): pairs 0–28 unchanged, 29–34 smoothed, 35–63 divided by 8", () => {
    for (let i = 0; i < 64; i++) {
      const plain = theta(i, 128, 500_000);
      const scaled = ropeLlama3Theta({ ...llama31, i }).value;
      if (i <= 28) expect(scaled, `pair ${i}`).toBe(plain);
      else if (i >= 35) expect(scaled, `pair ${i}`).toBeCloseTo(plain / 8, 15);
      else {
        expect(scaled, `pair ${i}`).toBeLessThan(plain);
        expect(scaled, `pair ${i}`).toBeGreaterThan(plain / 8);
      }
    }
  });

  it("smooths pair 30 as transformers does: smooth = (8192/λ − 1)/3", () => {
    // λ_30 = 2π·500000^(60/128) ≈ 2,948.3 tokens, smooth ≈ 0.59285, θ' ≈ 1.37189e-3, λ' ≈ 4,579.9.
    expect(ropeLlama3Theta({ ...llama31, i: 30 }).value).toBeCloseTo(1.3718935677611381e-3, 15);
    expect(ropeLlama3Wavelength({ ...llama31, i: 30 }).value).toBeCloseTo(4579.94, 1);
  });

  it("is continuous at the thresholds (λ = 2048 and λ = 8192 give smooth = 1 and 0)", () => {
    // A base with λ_1 = 8192 exactly at d = 4: 2π·base^(1/2) = 8192.
    const base = (8192 / (2 * Math.PI)) ** 2;
    const x = { ...llama31, d: 4, base, i: 1 };
    expect(ropeLlama3Theta(x).value).toBeCloseTo(theta(1, 4, base) / 8, 15);
  });

  it("refuses high ≤ low and pairs outside the head", () => {
    expect(catchComputeError(() => ropeLlama3Theta({ ...llama31, i: 3, highFreqFactor: 1 })).input).toBe("highFreqFactor");
    expect(catchComputeError(() => ropeLlama3Wavelength({ ...llama31, i: 64 })).input).toBe("i");
  });
});
