import type { LabContext, LabGenerator } from "./protocol";
import type { TopicSlug } from "@/lib/topics/topic-list";
import { DEFAULT_PEFT_SETTINGS, runPeftLab } from "@/lib/topics/peft/lab/lab";
import { DEFAULT_QUANTIZATION_SETTINGS, runQuantizationLab } from "@/lib/topics/quantization/lab/lab";
import { DEFAULT_RLHF_SETTINGS, runRlhfLab } from "@/lib/topics/rlhf/lab/lab";
import { DEFAULT_ROPE_SETTINGS, runRopeLab } from "@/lib/topics/rope/lab/lab";
import { DEFAULT_ATTENTION_SETTINGS, runAttentionLab } from "@/lib/topics/sliding-window-attention/lab/lab";

/**
 * Every topic's lab (lib/topics/<slug>/lab/) with its default settings. Kept apart from the topic
 * packs because the browser's Web Worker imports it, and it must not carry the question bank along.
 * The type makes a topic without a lab an error.
 */
const LAB_ENTRIES = {
  "sliding-window-attention": { run: runAttentionLab, defaults: DEFAULT_ATTENTION_SETTINGS },
  rope: { run: runRopeLab, defaults: DEFAULT_ROPE_SETTINGS },
  quantization: { run: runQuantizationLab, defaults: DEFAULT_QUANTIZATION_SETTINGS },
  rlhf: { run: runRlhfLab, defaults: DEFAULT_RLHF_SETTINGS },
  peft: { run: runPeftLab, defaults: DEFAULT_PEFT_SETTINGS },
} satisfies Record<string, { run: (settings: never, context: LabContext) => LabGenerator<unknown>; defaults: unknown }>;

type AnyLab = (settings: unknown, context: LabContext) => LabGenerator<unknown>;

// The worker receives settings as plain data from the page, so each lab validates its own: that is
// why every lab can be called with `unknown` here.
const entries = Object.entries(LAB_ENTRIES) as [string, { run: AnyLab; defaults: unknown }][];

/** Every lab by topic slug, as the Web Worker and the benchmark run them. */
export const LABS: Readonly<Record<string, AnyLab>> = Object.fromEntries(entries.map(([slug, lab]) => [slug, lab.run]));

/** Each lab's default settings, for the benchmark and tests. */
export const LAB_DEFAULTS: Readonly<Record<string, unknown>> = Object.fromEntries(entries.map(([slug, lab]) => [slug, lab.defaults]));
