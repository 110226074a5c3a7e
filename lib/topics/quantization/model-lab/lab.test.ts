import { describe, expect, it } from "vitest";
import { nf4TotalBitsPerParam } from "@/lib/topics/quantization/compute";
import { shippedModelsContext } from "@/test/lm/shipped-models";
import { runQuantModelLab, type QuantModelSnapshot } from "./lab";
import { doubleQuantize, NF4_LEVELS, nearestLevel, quantizeNf4 } from "./nf4";
import { DEFAULT_QUANT_MODEL_SETTINGS, validateQuantModelSettings } from "./settings";

async function run() {
  const snapshots: QuantModelSnapshot[] = [];
  for await (const update of runQuantModelLab({ ...DEFAULT_QUANT_MODEL_SETTINGS, heldOutChars: 512 }, shippedModelsContext())) snapshots.push(update.data);
  return snapshots;
}

describe("NF4", () => {
  it("has 16 levels from −1 to 1 with an exact 0, and snaps to the nearest", () => {
    expect(NF4_LEVELS).toHaveLength(16);
    expect([NF4_LEVELS[0], NF4_LEVELS[7], NF4_LEVELS[15]]).toEqual([-1, 0, 1]);
    expect(nearestLevel(0.03)).toBe(7);
    expect(nearestLevel(0.5)).toBe(12);
    expect(nearestLevel(0.52)).toBe(13);
    expect(nearestLevel(-0.99)).toBe(0);
  });

  it("keeps each block's largest weight exactly, and double quantization moves constants by at most half an 8-bit step", () => {
    const values = Float64Array.from({ length: 200 }, (_, i) => Math.sin(i * 1.7) * (1 + (i % 64) / 10));
    const q = quantizeNf4(values, false);
    for (let b = 0; b * 64 < 200; b++) {
      const block = Array.from(values.slice(b * 64, b * 64 + 64));
      const peak = block.reduce((best, v) => (Math.abs(v) > Math.abs(best) ? v : best), 0);
      expect(q[b * 64 + block.indexOf(peak)]).toBeCloseTo(peak, 12);
    }
    const constants = Float64Array.from({ length: 600 }, (_, i) => 0.5 + 0.3 * Math.cos(i));
    const dq = doubleQuantize(constants);
    const mean = constants.reduce((a, b) => a + b, 0) / 600;
    for (let start = 0; start < 600; start += 256) {
      const block = Array.from(constants.slice(start, start + 256), (c) => Math.abs(c - mean));
      const half = Math.max(...block) / 127 / 2;
      for (let i = start; i < Math.min(600, start + 256); i++) expect(Math.abs(dq[i]! - constants[i]!)).toBeLessThanOrEqual(half + 1e-12);
    }
  });
});

describe("the quantization lab on the course model", { timeout: 120_000 }, () => {
  const done = run();

  it("first shows every matrix's weights, with INT8 codes equal to lib/compute's", async () => {
    const first = (await done)[0]!;
    expect(first.schemes).toEqual([]);
    expect(first.stats.length).toBeGreaterThan(20);
    for (const s of first.stats) expect(s.peakRatio).toBeGreaterThan(1);
    for (const c of first.checks) {
      expect(c.labCode).toBe(c.libraryCode);
      expect(c.step).toBeCloseTo(c.libraryStep, 15);
    }
  });

  it("counts bits per weight with the scales, and NF4 with double quantization as quant.nf4_total_bits_per_param", async () => {
    const rows = (await done).at(-1)!.schemes;
    const bits = Object.fromEntries(rows.map((r) => [r.id, r.bitsPerWeight]));
    expect(bits.fp32).toBe(32);
    // Every matrix quantized; only the RMSNorm gains (a few hundred values) stay FP32.
    expect(bits["int8-tensor"]).toBeGreaterThan(8);
    expect(bits["int8-tensor"]).toBeLessThan(8.1);
    expect(bits["int4-group64"]).toBeGreaterThan(bits["int4-channel"]!);
    expect(bits["nf4-double"]).toBeLessThan(bits.nf4!);
    expect(bits["nf4-double"]).toBeGreaterThan(nf4TotalBitsPerParam({ blockSize: 64, blockSize2: 256 }).value);
  });

  it("shows the shape the literature reports: INT8 ≈ FP32, INT4 per tensor worse than per group or NF4", async () => {
    const rows = (await done).at(-1)!.schemes;
    const ppl = Object.fromEntries(rows.map((r) => [r.id, r.perplexity]));
    expect(Math.abs(ppl["int8-channel"]! / ppl.fp32! - 1)).toBeLessThan(0.02);
    expect(ppl["int4-tensor"]!).toBeGreaterThan(ppl["int4-group64"]!);
    expect(ppl["int4-tensor"]!).toBeGreaterThan(ppl.nf4!);
    for (const r of rows) expect(Array.from(r.sample)).toHaveLength(80);
  });

  it("measures each group of matrices alone under INT4", async () => {
    const last = (await done).at(-1)!;
    expect(last.sensitivity.map((r) => r.group)).toEqual([
      "token embedding (= output head)",
      "layer 1 attention (q, k, v, o)",
      "layer 1 MLP (gate, up, down)",
      "layer 2 attention (q, k, v, o)",
      "layer 2 MLP (gate, up, down)",
      "layer 3 attention (q, k, v, o)",
      "layer 3 MLP (gate, up, down)",
    ]);
    const fp32 = last.schemes.find((r) => r.id === "fp32")!.perplexity;
    for (const r of last.sensitivity) expect(r.perplexity).toBeGreaterThan(fp32 * 0.99);
  });

  it("refuses settings it can't run", () => {
    expect(() => validateQuantModelSettings({ ...DEFAULT_QUANT_MODEL_SETTINGS, prompt: "" })).toThrow(/1 to 60 characters; it has 0/);
    expect(() => validateQuantModelSettings({ ...DEFAULT_QUANT_MODEL_SETTINGS, heldOutChars: 3 })).toThrow(/not 3/);
  });
});
