import type { LabUpdate } from "./protocol";
import { DEFAULT_PEFT_SETTINGS, runPeftLab } from "./peft/lab";
import { DEFAULT_QUANTIZATION_SETTINGS, runQuantizationLab } from "./quantization/lab";
import { DEFAULT_RLHF_SETTINGS, runRlhfLab } from "./rlhf/lab";
import { DEFAULT_ROPE_SETTINGS, runRopeLab } from "./rope/lab";
import { DEFAULT_ATTENTION_SETTINGS, runAttentionLab } from "./sliding-window-attention/lab";

// The worker receives settings as plain data from the page; each lab validates its own.
type AnyLab = (settings: unknown) => Generator<LabUpdate<unknown>, void, void>;

/** Every lab by topic slug, as the Web Worker and the benchmark run them. */
export const LABS: Record<string, AnyLab> = {
  "sliding-window-attention": runAttentionLab as unknown as AnyLab,
  rope: runRopeLab as unknown as AnyLab,
  quantization: runQuantizationLab as unknown as AnyLab,
  rlhf: runRlhfLab as unknown as AnyLab,
  peft: runPeftLab as unknown as AnyLab,
};

/** Each lab's default settings, for the benchmark and tests. */
export const LAB_DEFAULTS: Record<string, unknown> = {
  "sliding-window-attention": DEFAULT_ATTENTION_SETTINGS,
  rope: DEFAULT_ROPE_SETTINGS,
  quantization: DEFAULT_QUANTIZATION_SETTINGS,
  rlhf: DEFAULT_RLHF_SETTINGS,
  peft: DEFAULT_PEFT_SETTINGS,
};
