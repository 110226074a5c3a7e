import { describe, expect, it } from "vitest";
import { DEFAULT_QUANTIZATION_SETTINGS, runQuantizationLab, TARGET_TEST_ACCURACY, type QuantizationSnapshot } from "./lab";

function runAll(settings = DEFAULT_QUANTIZATION_SETTINGS) {
  const updates = [...runQuantizationLab(settings)];
  return { first: updates[0]!, last: updates.at(-1)! };
}

describe("runQuantizationLab", () => {
  const { first, last } = runAll();
  const final: QuantizationSnapshot = last.data;

  it("first yields after one epoch of training, without results", () => {
    expect(first.data.phase).toBe("training");
    expect(first.data.curve).toHaveLength(1);
    expect(first.data.results).toBeNull();
    expect(first.progress).toBeGreaterThan(0);
  });

  it(`reaches the stated test accuracy (≥ ${TARGET_TEST_ACCURACY * 100} %) with the default seed`, () => {
    expect(final.phase).toBe("quantized");
    expect(final.curve).toHaveLength(DEFAULT_QUANTIZATION_SETTINGS.epochs);
    expect(final.fp32.testAccuracy).toBeGreaterThanOrEqual(TARGET_TEST_ACCURACY);
    expect(last.progress).toBe(1);
  });

  it("reports all six schemes, each within its Δ/2 bound, smaller than FP32", () => {
    const results = final.results!;
    expect(results.schemes.map((s) => `${s.bits}-${s.scheme}`)).toEqual(["8-absmax", "8-zeropoint", "8-groupwise", "4-absmax", "4-zeropoint", "4-groupwise"]);
    for (const s of results.schemes) {
      expect(s.worstBoundRatio).toBeLessThanOrEqual(1 + 1e-12);
      expect(s.maxAbsError).toBeLessThanOrEqual(s.maxHalfStep * (1 + 1e-12));
      expect(s.quantizedBytes).toBeLessThan(final.fp32.bytes);
    }
    // INT8 costs (almost) nothing on this model.
    const int8 = results.schemes.find((s) => s.bits === 8 && s.scheme === "absmax")!;
    expect(int8.testAccuracy).toBeGreaterThanOrEqual(final.fp32.testAccuracy - 0.02);
  });

  it("describes the selected scheme: histograms, error map and library checks that agree", () => {
    const sel = final.results!.selected;
    expect(sel.layers).toHaveLength(3);
    for (const layer of sel.layers) {
      expect(layer.before.reduce((a, b) => a + b, 0)).toBe(layer.rows * layer.cols);
      expect(layer.after.reduce((a, b) => a + b, 0)).toBe(layer.rows * layer.cols);
      expect(layer.absError).toHaveLength(layer.rows * layer.cols);
    }
    expect(sel.checks.length).toBeGreaterThan(0);
    for (const c of sel.checks) {
      expect(c.labCode).toBe(c.libraryCode);
      expect(c.labStep).toBe(c.libraryStep);
    }
    const regions = final.results!.regions;
    expect(regions.fp32).toHaveLength(regions.size ** 2);
  });

  it("is deterministic for a seed", () => {
    const short = { ...DEFAULT_QUANTIZATION_SETTINGS, epochs: 5 };
    expect(JSON.stringify(runAll(short).last)).toBe(JSON.stringify(runAll(short).last));
  });

  it("rejects bad settings with a clear message", () => {
    expect(() => runQuantizationLab({ ...DEFAULT_QUANTIZATION_SETTINGS, groupSize: 48 as 32 }).next()).toThrow(/group size/);
    expect(() => runQuantizationLab({ ...DEFAULT_QUANTIZATION_SETTINGS, bits: 3 as 4 }).next()).toThrow(/bits must be 8 or 4/);
  });
});
