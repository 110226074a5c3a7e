import { adamWStep, ADAMW_DEFAULTS, clipGradients, makeAdamW, type AdamWState, type OptimizedParams } from "@/lib/lm/adamw";
import type { LmConfig } from "@/lib/lm/config";
import { accumulateGradients } from "@/lib/lm/loss";
import { loraGradients, makeLora, mergeLora, type Lora, type LoraTarget } from "@/lib/lm/lora";
import { bindParams, zeroGrads, type LmParams } from "@/lib/lm/params";
import { hash32, mulberry32 } from "@/lib/random/seeded-random";
import type { LoraTargets } from "./settings";

export type Method = "full" | "lora";

/** Both methods see the same batches: 2 windows of 64 characters per step, drawn from one seed. */
export const SEQUENCE = 64;
export const BATCH = 2;
/** Learning rates of the usual orders: LoRA takes ten times full fine-tuning's, as its adapters start at B = 0. */
export const LEARNING_RATE: Record<Method, number> = { full: 3e-4, lora: 3e-3 };
/** α fixed, so the update's scale α/r shrinks as the rank grows, as in the LoRA paper. */
export const LORA_ALPHA = 8;

export const TARGET_MATRICES: Record<LoraTargets, readonly LoraTarget[]> = {
  qv: ["wq", "wv"],
  attention: ["wq", "wk", "wv", "wo"],
  all: ["wq", "wk", "wv", "wo", "wGate", "wUp", "wDown"],
};

export type Run = {
  method: Method;
  params: LmParams;
  lora: Lora | null;
  /** What the optimiser updates: the whole model, or only the adapters. */
  trained: OptimizedParams;
  optimizer: AdamWState;
  step: number;
};

export function startRun(method: Method, base: LmParams, config: LmConfig, rank: number, targets: LoraTargets): Run {
  const params = bindParams(config, Float32Array.from(base.values));
  const lora = method === "lora" ? makeLora(params, TARGET_MATRICES[targets], rank, LORA_ALPHA, 20261205) : null;
  const trained = lora ?? params;
  return { method, params, lora, trained, optimizer: makeAdamW(trained), step: 0 };
}

/** One optimiser step on the new text; returns the batch's mean loss. No weight decay: both methods only move toward the text. */
export function stepRun(run: Run, config: LmConfig, tokens: readonly number[]): number {
  const random = mulberry32(hash32(`peft-batch:${run.step}`));
  const { params, lora } = run;
  if (lora) mergeLora(params, lora);
  zeroGrads(params);
  const weight = 1 / (BATCH * SEQUENCE);
  let sum = 0;
  for (let b = 0; b < BATCH; b++) {
    const o = Math.floor(random() * (tokens.length - SEQUENCE - 1));
    sum += accumulateGradients(params, config, tokens.slice(o, o + SEQUENCE), tokens.slice(o + 1, o + SEQUENCE + 1), weight);
  }
  if (lora) loraGradients(params, lora);
  clipGradients(run.trained, 1);
  adamWStep(run.trained, run.optimizer, LEARNING_RATE[run.method], { ...ADAMW_DEFAULTS, weightDecay: 0 });
  if (lora) mergeLora(params, lora);
  run.step += 1;
  return sum * weight;
}
