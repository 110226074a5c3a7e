import { hash32, mulberry32 } from "@/lib/random/seeded-random";
import { adamWStep, clipGradients, makeAdamW, type AdamWState } from "./adamw";
import type { LmConfig } from "./config";
import { accumulateGradients } from "./loss";
import { bindParams, initParams, zeroGrads, type LmParams } from "./params";

export type TrainSettings = {
  seed: number;
  steps: number;
  /** Sequences per step, each `config.context` tokens long. */
  batch: number;
  /** Peak learning rate, reached after `warmup` linear steps, then cosine down to 10% of it at the last step. */
  learningRate: number;
  warmup: number;
  /** Global gradient-norm clip. */
  clip: number;
};

export function learningRateAt(step: number, s: TrainSettings): number {
  if (step < s.warmup) return (s.learningRate * (step + 1)) / s.warmup;
  const progress = s.steps <= s.warmup + 1 ? 1 : (step - s.warmup) / (s.steps - s.warmup - 1);
  return s.learningRate * (0.1 + 0.9 * 0.5 * (1 + Math.cos(Math.PI * Math.min(1, progress))));
}

/**
 * The start offsets of step `step`'s sequences. Each step has its own generator keyed by the
 * seed and the step, so any step's batch can be recomputed without replaying the ones before.
 */
export function batchOffsets(seed: number, step: number, batch: number, tokenCount: number, context: number): number[] {
  const random = mulberry32(hash32(`lm-batch:${seed}:${step}`));
  const span = tokenCount - context - 1;
  if (span < 1) throw new Error(`training text of ${tokenCount} tokens is shorter than a context of ${context} + 1`);
  return Array.from({ length: batch }, () => Math.floor(random() * span));
}

export type Trainer = { config: LmConfig; settings: TrainSettings; params: LmParams; optimizer: AdamWState; step: number };

/** A trainer from the seeded initialisation, or, for a fine-tune, from a copy of `initial`. */
export function makeTrainer(config: LmConfig, settings: TrainSettings, initial?: Float32Array): Trainer {
  const params = initial ? bindParams(config, Float32Array.from(initial)) : initParams(config, settings.seed);
  return { config, settings, params, optimizer: makeAdamW(params), step: 0 };
}

/** One optimiser step on a batch drawn from `tokens`; returns the batch's mean loss (nats per token). */
export function trainStep(trainer: Trainer, tokens: readonly number[]): number {
  const { config, settings, params, optimizer } = trainer;
  const C = config.context;
  const offsets = batchOffsets(settings.seed, trainer.step, settings.batch, tokens.length, C);
  zeroGrads(params);
  const weight = 1 / (settings.batch * C);
  let sum = 0;
  for (const o of offsets) sum += accumulateGradients(params, config, tokens.slice(o, o + C), tokens.slice(o + 1, o + C + 1), weight);
  clipGradients(params, settings.clip);
  adamWStep(params, optimizer, learningRateAt(trainer.step, settings));
  trainer.step += 1;
  return sum * weight;
}
