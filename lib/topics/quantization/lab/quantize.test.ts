import { describe, expect, it } from "vitest";
import { asymScale, asymZeroPoint, quantizeAbsmax, quantizeAsym } from "@/lib/topics/quantization/compute";
import { makeRng } from "@/lib/labs/seeded-rng";
import { absmaxCode, errorStats, quantizeTensor, zeroPointCode, type QuantScheme } from "./quantize";
import { quantizedWeightBits } from "./storage";

const rng = makeRng(11);
// Gaussian weights plus a few outliers, like a trained layer.
const weights = Float32Array.from({ length: 300 }, (_, i) => (i % 97 === 5 ? 4 : 0.3) * rng.normal());

describe("quantization error", () => {
  for (const bits of [8, 4]) {
    for (const scheme of ["absmax", "zeropoint", "groupwise"] as const satisfies readonly QuantScheme[]) {
      for (const groupSize of scheme === "groupwise" ? [16, 32, 64, 128] : [32]) {
        it(`INT${bits} ${scheme}${scheme === "groupwise" ? ` g=${groupSize}` : ""}: |w − ŵ| ≤ Δ/2 for every weight, with its own group's Δ`, () => {
          const q = quantizeTensor(weights, bits, scheme, groupSize);
          for (const g of q.groups) {
            for (let i = g.start; i < g.end; i++) {
              expect(Math.abs(weights[i]! - q.dequantized[i]!)).toBeLessThanOrEqual((g.step / 2) * (1 + 1e-12));
            }
          }
          expect(errorStats(weights, q).worstBoundRatio).toBeLessThanOrEqual(1 + 1e-12);
          const expectedGroups = scheme === "groupwise" ? Math.ceil(weights.length / groupSize) : 1;
          expect(q.groups).toHaveLength(expectedGroups);
        });
      }
    }
  }

  it("group-wise never has a larger mean error than one absmax scale for the whole tensor", () => {
    const perTensor = errorStats(weights, quantizeTensor(weights, 4, "absmax", 0)).meanAbsError;
    const grouped = errorStats(weights, quantizeTensor(weights, 4, "groupwise", 32)).meanAbsError;
    expect(grouped).toBeLessThan(perTensor);
  });
});

describe("agreement with lib/compute", () => {
  const samples = [0.5, -0.5, 1.5, 2.5, -2.5, 0.123, -0.987, 3.7, -3.7, 0];

  it("absmax codes equal quant.quantize_absmax (ties to even, clamped)", () => {
    for (const bits of [8, 4]) {
      const maxAbs = 3.5;
      const delta = maxAbs / (2 ** (bits - 1) - 1);
      for (const x of [...samples, ...samples.map((s) => s * delta)]) {
        expect(absmaxCode(x, delta, bits)).toBe(quantizeAbsmax({ x, maxAbs, bits }).value);
      }
    }
  });

  it("zero-point codes equal quant.quantize_asym, and scale/zero point match", () => {
    for (const bits of [8, 4]) {
      const min = -1.3;
      const max = 2.9;
      const scale = asymScale({ min, max, bits }).value;
      const zp = asymZeroPoint({ min, max, bits }).value;
      expect(scale).toBe((max - min) / (2 ** bits - 1));
      for (const x of [...samples, min, max, ...samples.map((s) => s * scale)]) {
        expect(zeroPointCode(x, scale, zp, bits)).toBe(quantizeAsym({ x, min, max, bits }).value);
      }
    }
  });

  it("a tensor's codes equal the library's, value by value", () => {
    for (const bits of [8, 4]) {
      const sym = quantizeTensor(weights, bits, "absmax", 0);
      const asym = quantizeTensor(weights, bits, "zeropoint", 0);
      const a = asym.groups[0]!;
      for (let i = 0; i < 40; i++) {
        const x = weights[i]!;
        expect(sym.codes[i]).toBe(quantizeAbsmax({ x, maxAbs: sym.groups[0]!.max, bits }).value);
        expect(asym.codes[i]).toBe(quantizeAsym({ x, min: a.min, max: a.max, bits }).value);
        expect(asym.groups[0]!.zeroPoint).toBe(asymZeroPoint({ min: a.min, max: a.max, bits }).value);
      }
    }
  });

  it("counts FP16 scales: INT4 g=128 costs 4.125 bits per weight, 4.25 with a zero point", () => {
    const groups = [{ start: 0, end: 128, step: 1, zeroPoint: 0, min: -1, max: 1 }];
    expect(quantizedWeightBits([groups], 4, "groupwise") / 128).toBe(4.125);
    expect(quantizedWeightBits([groups], 4, "zeropoint") / 128).toBe(4.25);
  });
});
