import type { LabRun } from "./protocol";
import type { TopicSlug } from "@/lib/topics/topic-list";
import { DEFAULT_PEFT_SETTINGS, runPeftLab } from "@/lib/topics/peft/lab/lab";
import { runPeftModelLab } from "@/lib/topics/peft/model-lab/lab";
import { DEFAULT_PEFT_MODEL_SETTINGS } from "@/lib/topics/peft/model-lab/settings";
import { DEFAULT_QUANTIZATION_SETTINGS, runQuantizationLab } from "@/lib/topics/quantization/lab/lab";
import { runQuantModelLab } from "@/lib/topics/quantization/model-lab/lab";
import { DEFAULT_QUANT_MODEL_SETTINGS } from "@/lib/topics/quantization/model-lab/settings";
import { DEFAULT_RLHF_SETTINGS, runRlhfLab } from "@/lib/topics/rlhf/lab/lab";
import { runRlhfModelLab } from "@/lib/topics/rlhf/model-lab/lab";
import { DEFAULT_RLHF_MODEL_SETTINGS } from "@/lib/topics/rlhf/model-lab/settings";
import { DEFAULT_ROPE_SETTINGS, runRopeLab } from "@/lib/topics/rope/lab/lab";
import { ROPE_MODEL_PRELOAD, runRopeModelLab } from "@/lib/topics/rope/model-lab/lab";
import { DEFAULT_ROPE_MODEL_SETTINGS } from "@/lib/topics/rope/model-lab/settings";
import { DEFAULT_ATTENTION_SETTINGS, runAttentionLab } from "@/lib/topics/sliding-window-attention/lab/lab";
import { runWindowModelLab, WINDOW_MODEL_PRELOAD } from "@/lib/topics/sliding-window-attention/model-lab/lab";
import { DEFAULT_WINDOW_MODEL_SETTINGS } from "@/lib/topics/sliding-window-attention/model-lab/settings";

/**
 * Every topic's warm-up lab (lib/topics/<slug>/lab/), keyed by the topic's slug, and the labs on
 * the course model (lib/topics/<slug>/model-lab/), keyed "<slug>/model", each with its default
 * settings. Kept apart from the topic packs because the browser's Web Worker imports it, and it
 * must not carry the question bank along. The types make a topic without a warm-up lab an error.
 */
type LabEntry = { run: LabRun<never, unknown>; defaults: unknown; preload?: readonly string[] };

const WARM_UP_LABS = {
  "sliding-window-attention": { run: runAttentionLab, defaults: DEFAULT_ATTENTION_SETTINGS },
  rope: { run: runRopeLab, defaults: DEFAULT_ROPE_SETTINGS },
  quantization: { run: runQuantizationLab, defaults: DEFAULT_QUANTIZATION_SETTINGS },
  rlhf: { run: runRlhfLab, defaults: DEFAULT_RLHF_SETTINGS },
  peft: { run: runPeftLab, defaults: DEFAULT_PEFT_SETTINGS },
} satisfies { [S in TopicSlug]: LabEntry };

const MODEL_LABS = {
  "sliding-window-attention/model": { run: runWindowModelLab, defaults: DEFAULT_WINDOW_MODEL_SETTINGS, preload: WINDOW_MODEL_PRELOAD },
  "rope/model": { run: runRopeModelLab, defaults: DEFAULT_ROPE_MODEL_SETTINGS, preload: ROPE_MODEL_PRELOAD },
  "quantization/model": { run: runQuantModelLab, defaults: DEFAULT_QUANT_MODEL_SETTINGS, preload: ["base"] },
  "peft/model": { run: runPeftModelLab, defaults: DEFAULT_PEFT_MODEL_SETTINGS, preload: ["base"] },
  "rlhf/model": { run: runRlhfModelLab, defaults: DEFAULT_RLHF_MODEL_SETTINGS, preload: ["base"] },
} satisfies { [S in `${TopicSlug}/model`]: LabEntry };

type AnyLab = LabRun<unknown, unknown>;

// The worker receives settings as plain data from the page, so each lab validates its own: that is
// why every lab can be called with `unknown` here.
const entries = Object.entries({ ...WARM_UP_LABS, ...MODEL_LABS }) as [string, { run: AnyLab; defaults: unknown; preload?: readonly string[] }][];

/** Every lab by id, as the Web Worker and the benchmark run them. */
export const LABS: Readonly<Record<string, AnyLab>> = Object.fromEntries(entries.map(([id, lab]) => [id, lab.run]));

/** Each lab's default settings, for the benchmark and tests. */
export const LAB_DEFAULTS: Readonly<Record<string, unknown>> = Object.fromEntries(entries.map(([id, lab]) => [id, lab.defaults]));

/** The checkpoints each lab loads first with its defaults, fetched while the page waits for Run. */
export const LAB_PRELOAD: Readonly<Record<string, readonly string[]>> = Object.fromEntries(entries.map(([id, lab]) => [id, lab.preload ?? []]));
