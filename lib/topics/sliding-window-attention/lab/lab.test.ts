import { describe, expect, it } from "vitest";
import { DEFAULT_ATTENTION_SETTINGS, runAttentionLab, validateSettings, type AttentionSettings } from "./lab";

const collect = (s: AttentionSettings) => [...runAttentionLab(s)];

describe("runAttentionLab", () => {
  const updates = collect(DEFAULT_ATTENTION_SETTINGS);
  const first = updates[0]!.data;
  const last = updates.at(-1)!.data;

  it("yields the heatmap first, with everything else still to come", () => {
    expect(first.n).toBe(16);
    expect(first.tokens).toHaveLength(16);
    expect(first.mask).toHaveLength(256);
    expect(first.weights).toHaveLength(256);
    expect(first.receptiveField).toBeNull();
    expect(first.cost).toBeNull();
    expect(first.training).toEqual([]);
    expect(first.scores.counted).toBe(first.scores.expected);
  });

  it("finishes with the receptive field, the cost chart and a trained head", () => {
    expect(updates.at(-1)!.progress).toBe(1);
    expect(last.receptiveField).toHaveLength(DEFAULT_ATTENTION_SETTINGS.layers);
    for (const row of last.receptiveField!) expect(row.count).toBe(row.formulaCapped);
    expect(last.cost).toHaveLength(9);
    expect(last.cost!.at(-1)).toMatchObject({ n: 4096, full: 4096 ** 2, causal: (4096 * 4097) / 2 });
    expect(last.costAgrees).toBe(true);
    expect(last.training.at(-1)!.step).toBe(DEFAULT_ATTENTION_SETTINGS.trainSteps);
    expect(last.training.at(-1)!.loss).toBeLessThan(last.training[0]!.loss);
    expect(last.rowSumError).toBeLessThan(1e-9);
    // Progress never goes backwards.
    for (let i = 1; i < updates.length; i++) expect(updates[i]!.progress).toBeGreaterThanOrEqual(updates[i - 1]!.progress);
  });

  it("is deterministic for a seed and differs between seeds", () => {
    const again = collect(DEFAULT_ATTENTION_SETTINGS).at(-1)!.data;
    expect(again).toEqual(last);
    const other = collect({ ...DEFAULT_ATTENTION_SETTINGS, seed: 2, trainSteps: 0 }).at(-1)!.data;
    expect(other.weights).not.toEqual(first.weights);
  });

  it("matches lib/compute for full, causal, window and window + sink masks", () => {
    for (const mask of ["full", "causal", "window", "window-global"] as const) {
      for (const window of [1, 3, 8, 20]) {
        for (const globalTokens of [0, 1, 4]) {
          const d = runAttentionLab({ ...DEFAULT_ATTENTION_SETTINGS, mask, window, globalTokens }).next().value!.data;
          expect(d.scores.counted, `${mask} w=${window} k=${globalTokens}`).toBe(d.scores.expected);
        }
      }
    }
  });

  it("holds the window + sink cost curve against attention.window_sink_scores at every length", () => {
    const d = collect({ ...DEFAULT_ATTENTION_SETTINGS, mask: "window-global", globalTokens: 2, trainSteps: 0 }).at(-1)!.data;
    expect(d.cost!.every((p) => p.windowGlobal !== null)).toBe(true);
    expect(d.costAgrees).toBe(true);
  });

  it("stops after the cost chart when no query can see its previous token", () => {
    const last1 = collect({ ...DEFAULT_ATTENTION_SETTINGS, window: 1 }).at(-1)!.data;
    expect(last1.trainedQueries).toBe(0);
    expect(last1.training).toEqual([]);
    expect(last1.cost).toHaveLength(9);
  });

  it("validates settings", () => {
    expect(() => validateSettings({ ...DEFAULT_ATTENTION_SETTINGS, text: "one" })).toThrow(/2 to 32 tokens/);
    expect(() => validateSettings({ ...DEFAULT_ATTENTION_SETTINGS, mask: "dilated" as never })).toThrow(/Unknown mask/);
    expect(() => validateSettings({ ...DEFAULT_ATTENTION_SETTINGS, learningRate: 0 })).toThrow(/learning rate/);
    expect(validateSettings({ ...DEFAULT_ATTENTION_SETTINGS, window: 0, layers: 99 })).toMatchObject({ window: 1, layers: 16 });
  });
});
