import type { LmConfig } from "@/lib/lm/config";
import type { TrainSettings } from "@/lib/lm/train-step";
import { LAB_WINDOWS, windowCheckpointName } from "@/lib/topics/sliding-window-attention/model-lab/checkpoints";

/**
 * Every checkpoint the labs open, and how it is made. `base` is trained from scratch on a corpus
 * rebuilt from the course; every other recipe reads the shipped corpus (checked against base's
 * hash) so all checkpoints share one text and one vocabulary. A recipe with `from` starts from
 * that checkpoint's weights (a fine-tune, with a fresh optimiser); one without starts from the
 * seeded initialisation.
 */
export type Recipe = {
  name: string;
  description: string;
  from: string | null;
  config: (base: LmConfig) => LmConfig;
  settings: TrainSettings;
};

/** About 13 minutes on one core: 700 steps × 8 sequences × 128 tokens ≈ 8 passes over the 86,000 training characters. */
const FROM_SCRATCH: TrainSettings = { seed: 20261205, steps: 700, batch: 8, learningRate: 3e-3, warmup: 20, clip: 1 };

/** A short fine-tune: 150 steps of 1,024 tokens (under 2 passes) at a third of the base rate, about 3 minutes. */
const fineTune = (seed: number, batch = 8): TrainSettings => ({ seed, steps: 150, batch, learningRate: 1e-3, warmup: 10, clip: 1 });

const windowRecipes: Recipe[] = LAB_WINDOWS.map((w, i) => ({
  name: windowCheckpointName(w),
  description:
    w === null
      ? "base fine-tuned 150 more steps with full attention: the control that separates the window's effect from the extra training"
      : `base fine-tuned 150 steps with a sliding window of ${w} (query i sees keys i−${w - 1} … i)`,
  from: "base",
  config: (base) => ({ ...base, window: w }),
  settings: fineTune(20261210 + i),
}));

export const RECIPES: readonly Recipe[] = [
  { name: "base", description: "RoPE, full causal attention, trained from scratch", from: null, config: (c) => c, settings: FROM_SCRATCH },
  {
    name: "learned",
    description: "learned absolute position embeddings (one trained row per position, 128 rows), trained from scratch like base",
    from: null,
    config: (c) => ({ ...c, position: "learned" }),
    settings: FROM_SCRATCH,
  },
  {
    name: "nope",
    description: "no position information (NoPE): only the causal mask tells positions apart, trained from scratch like base",
    from: null,
    config: (c) => ({ ...c, position: "none" }),
    settings: FROM_SCRATCH,
  },
  ...windowRecipes,
  {
    name: "pi-2x",
    description: "base fine-tuned 150 steps on 256-token sequences with Position Interpolation (positions divided by 2), batch 4 so a step is still 1,024 tokens",
    from: "base",
    config: (c) => ({ ...c, context: 2 * c.context, ropeScale: 2 }),
    settings: fineTune(20261220, 4),
  },
];

export function recipeNamed(name: string): Recipe {
  const recipe = RECIPES.find((r) => r.name === name);
  if (!recipe) throw new Error(`no recipe "${name}"; known: ${RECIPES.map((r) => r.name).join(", ")}`);
  return recipe;
}
