import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { splitCorpus } from "@/lib/lm/corpus-split";
import { MODELS_DIR, shippedModelsContext } from "@/test/lm/shipped-models";
import { LAB_WINDOWS } from "./checkpoints";
import { runWindowModelLab, type WindowModelSnapshot } from "./lab";
import { DEFAULT_PROMPT, DEFAULT_WINDOW_MODEL_SETTINGS, validateWindowModelSettings, type WindowModelSettings } from "./settings";

async function run(settings: WindowModelSettings) {
  const snapshots: WindowModelSnapshot[] = [];
  for await (const update of runWindowModelLab(settings, shippedModelsContext())) snapshots.push(update.data);
  return snapshots;
}

// Three checkpoints' perplexities at 512 characters, plus samples: a few seconds in Node.
describe("the sliding-window lab on the course model", { timeout: 60_000 }, () => {
  const settings = { ...DEFAULT_WINDOW_MODEL_SETTINGS, heldOutChars: 512 };
  const done = run(settings);

  it("opens on a held-out line, text no checkpoint trained on", () => {
    const { train, heldOut } = splitCorpus(readFileSync(path.join(MODELS_DIR, "corpus.txt"), "utf8"));
    expect(heldOut.split("\n").some((line) => line.startsWith(DEFAULT_PROMPT))).toBe(true);
    expect(train.includes(DEFAULT_PROMPT)).toBe(false);
  });

  it("first shows attention maps whose rows sum to 1 over the keys the window lets them see, and nothing outside", async () => {
    const first = (await done)[0]!;
    const n = first.text.length - 1;
    const w = first.window!;
    expect(first.attention.length).toBe(first.layers * first.heads * n * n);
    expect(first.tokenLoss).toHaveLength(n);
    for (let m = 0; m < first.layers * first.heads; m++) {
      for (let i = 0; i < n; i++) {
        let sum = 0;
        for (let j = 0; j < n; j++) {
          const v = first.attention[m * n * n + i * n + j]!;
          if (i - j >= 0 && i - j < w) sum += v;
          else expect(v).toBe(0);
        }
        expect(Math.abs(sum - 1)).toBeLessThan(1e-5);
      }
    }
    expect(first.receptive).toBeNull();
  });

  it("measures on the model the receptive field attention.receptive_field predicts, layer by layer", async () => {
    const last = (await done).at(-1)!;
    expect(last.receptive!.map((r) => r.reached)).toEqual([16, 31, 46]);
    for (const r of last.receptive!) expect(r.reached).toBe(r.capped);
  });

  it("sizes a decoder's key/value cache per window exactly as lib/compute does", async () => {
    const cache = (await done).at(-1)!.cache!;
    expect(cache.map((r) => r.window)).toEqual([...LAB_WINDOWS]);
    for (const r of cache) expect(r.measured).toBe(r.library);
    // 2 (K, V) × 3 layers × slots × 96 floats × 4 bytes
    expect(cache.map((r) => r.measured)).toEqual([128, 64, 32, 16, 8].map((slots) => 2 * 3 * slots * 96 * 4));
  });

  it("loses perplexity as the window narrows, masked or fine-tuned, and fine-tuning recovers part of it", async () => {
    const rows = (await done).at(-1)!.perplexity;
    const full = rows.find((r) => r.window === null)!;
    const narrowest = rows.find((r) => r.window === 8)!;
    for (const r of rows) {
      expect(Number.isFinite(r.masked)).toBe(true);
      expect(Number.isFinite(r.fineTuned)).toBe(true);
    }
    expect(narrowest.masked!).toBeGreaterThan(full.masked!);
    expect(narrowest.fineTuned!).toBeGreaterThan(full.fineTuned!);
    expect(narrowest.fineTuned!).toBeLessThan(narrowest.masked!);
  });

  it("writes the same sample from each checkpoint on every run", async () => {
    const samples = (await done).at(-1)!.samples;
    expect(samples.map((s) => s.checkpoint)).toEqual(["window-full", "window-64", "window-32", "window-16", "window-8"]);
    for (const s of samples) expect(Array.from(s.text)).toHaveLength(80);
    const again = (await run(settings)).at(-1)!.samples;
    expect(again).toEqual(samples);
  });

  it("refuses settings off the menu with a reason", () => {
    expect(() => validateWindowModelSettings({ ...settings, prompt: "x" })).toThrow(/2 to 128 characters; it has 1/);
    expect(() => validateWindowModelSettings({ ...settings, window: 12 as never })).toThrow(/no checkpoint for a window of 12/);
    expect(() => validateWindowModelSettings({ ...settings, heldOutChars: 100 })).toThrow(/not 100/);
  });
});
