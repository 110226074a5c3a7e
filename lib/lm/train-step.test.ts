import { describe, expect, it } from "vitest";
import type { LmConfig } from "./config";
import { evaluate } from "./evaluate";
import { batchOffsets, learningRateAt, makeTrainer, trainStep, type TrainSettings } from "./train-step";

const config: LmConfig = { vocabSize: 6, layers: 2, width: 8, heads: 4, context: 8, mlpHidden: 12, position: "rope", ropeBase: 10000, window: null, normEps: 1e-5 };
const settings: TrainSettings = { seed: 11, steps: 30, batch: 4, learningRate: 1e-2, warmup: 3, clip: 1 };
// A periodic text a small model can learn in a few steps.
const tokens = Array.from({ length: 400 }, (_, i) => [1, 2, 3, 4, 5, 2][i % 6]!);

function run(s: TrainSettings, steps: number): number[] {
  const trainer = makeTrainer(config, s);
  return Array.from({ length: steps }, () => trainStep(trainer, tokens));
}

describe("training", () => {
  it("is deterministic: the same seed gives bit-identical losses, another seed other ones", () => {
    const a = run(settings, 4);
    expect(run(settings, 4)).toEqual(a);
    expect(run({ ...settings, seed: 12 }, 4)).not.toEqual(a);
  });

  it("lowers the loss on a periodic text", () => {
    const losses = run(settings, 30);
    expect(losses[29]!).toBeLessThan(losses[0]! * 0.7);
  });

  it("warms up linearly, peaks, then decays by cosine to 10% at the last step", () => {
    expect(learningRateAt(0, settings)).toBeCloseTo(settings.learningRate / 3, 12);
    expect(learningRateAt(2, settings)).toBeCloseTo(settings.learningRate, 12);
    expect(learningRateAt(3, settings)).toBeCloseTo(settings.learningRate, 12);
    expect(learningRateAt(29, settings)).toBeCloseTo(settings.learningRate * 0.1, 12);
  });

  it("draws each step's batch from the seed and the step alone, inside the text", () => {
    const offsets = batchOffsets(3, 17, 50, 100, 8);
    expect(batchOffsets(3, 17, 50, 100, 8)).toEqual(offsets);
    expect(batchOffsets(3, 18, 50, 100, 8)).not.toEqual(offsets);
    expect(offsets.every((o) => o >= 0 && o + 8 + 1 <= 100)).toBe(true);
  });
});

describe("evaluation convention", () => {
  it("predicts every token but the first exactly once, in windows of the context length", () => {
    const trainer = makeTrainer(config, settings);
    for (const n of [2, 9, 10, 17, 23]) {
      const result = evaluate(trainer.params, config, tokens.slice(0, n));
      expect(result.predictions).toBe(n - 1);
      expect(result.perplexity).toBeCloseTo(Math.exp(result.meanLoss), 12);
    }
    // An untrained model is close to uniform over the vocabulary.
    expect(evaluate(trainer.params, config, tokens).perplexity).toBeCloseTo(config.vocabSize, 0);
  });
});
