export type LoraTargets = "qv" | "attention" | "all";

export type PeftModelSettings = {
  /** LoRA's rank r. */
  rank: number;
  /** Which matrices of every block get an adapter. */
  targets: LoraTargets;
  /** Optimiser steps for each method. */
  steps: number;
};

export const RANK_CHOICES = [1, 2, 4, 8, 16] as const;
export const STEP_CHOICES = [20, 40, 80] as const;
export const TARGET_LABELS: Record<LoraTargets, string> = { qv: "W_q and W_v (as the LoRA paper)", attention: "all of attention (q, k, v, o)", all: "attention and MLP" };

export const DEFAULT_PEFT_MODEL_SETTINGS: PeftModelSettings = { rank: 4, targets: "qv", steps: 40 };

export function validatePeftModelSettings(input: PeftModelSettings): PeftModelSettings {
  if (!(RANK_CHOICES as readonly number[]).includes(input.rank)) throw new Error(`The rank must be one of ${RANK_CHOICES.join(", ")}, not ${String(input.rank)}.`);
  if (!(input.targets in TARGET_LABELS)) throw new Error(`Adapt ${Object.keys(TARGET_LABELS).join(", ")}, not “${String(input.targets)}”.`);
  if (!(STEP_CHOICES as readonly number[]).includes(input.steps)) throw new Error(`Train ${STEP_CHOICES.join(", ")} steps, not ${String(input.steps)}.`);
  return { rank: input.rank, targets: input.targets, steps: input.steps };
}
