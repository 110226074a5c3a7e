import type { LabContext, LabUpdate } from "@/lib/labs/protocol";
import type { LmConfig } from "@/lib/lm/config";
import { splitCorpus } from "@/lib/lm/corpus-split";
import type { LoadedModel } from "@/lib/lm/loaded-model";
import { positionLosses } from "@/lib/lm/position-losses";
import { ropeNtkBase } from "@/lib/topics/rope/compute";
import { relativeCheck, type RelativeCheck } from "./relative";
import { LENGTHS, TRAINED_LENGTH, validateRopeModelSettings, type RopeModelSettings } from "./settings";

export type VariantId = "rope" | "pi" | "ntk" | "pi-tuned" | "nope" | "learned";

export type VariantResult = {
  id: VariantId;
  label: string;
  checkpoint: string;
  /** How the variant runs at a length L = s × 128. */
  how: string;
  /** Perplexity over whole windows of each length; null = not run yet, or impossible (learned past 128). */
  perplexity: (number | null)[];
  /** Perplexity of the predictions made past position 127 only, per length (null at 1×). */
  beyond: (number | null)[];
  /** Mean loss per block of 16 positions at the longest length, for the chart. */
  curve: number[] | null;
  /** Why a length can't be run, if one can't. */
  note: string | null;
};

export type RopeModelSnapshot = {
  relative: RelativeCheck;
  lengths: readonly number[];
  variants: VariantResult[];
  /** Predictions averaged per length. */
  predictions: number[];
  /** The NTK-aware base used at each length, from rope.ntk_base. */
  ntkBases: number[];
};

export const CURVE_BLOCK = 16;

/** The checkpoints the first result needs. */
export const ROPE_MODEL_PRELOAD = ["base", "learned"] as const;

type Variant = { id: VariantId; label: string; checkpoint: string; how: string; configAt: (config: LmConfig, factor: number) => LmConfig | null; note?: string };

const VARIANTS: Variant[] = [
  { id: "rope", label: "RoPE, as trained", checkpoint: "base", how: "positions 0 … L−1 as they are", configAt: (c) => c },
  { id: "pi", label: "Position Interpolation", checkpoint: "base", how: "positions divided by s = L/128, no retraining", configAt: (c, s) => ({ ...c, ropeScale: s }) },
  {
    id: "ntk",
    label: "NTK-aware scaling",
    checkpoint: "base",
    how: "base raised to 10,000·s^(d/(d−2)) (rope.ntk_base), no retraining",
    configAt: (c, s) => ({ ...c, ropeBase: ropeNtkBase({ base: c.ropeBase, factor: s, d: c.width / c.heads }).value }),
  },
  {
    id: "pi-tuned",
    label: "Position Interpolation, fine-tuned",
    checkpoint: "pi-2x",
    how: "base fine-tuned 150 steps on 256 characters with positions ÷ 2; run with s = max(2, L/128)",
    configAt: (c, s) => ({ ...c, ropeScale: Math.max(2, s) }),
  },
  { id: "nope", label: "No positions (NoPE)", checkpoint: "nope", how: "only the causal mask orders the characters", configAt: (c) => c },
  {
    id: "learned",
    label: "Learned absolute positions",
    checkpoint: "learned",
    how: "one trained vector per position 0 … 127, trained with RoPE's budget (700 steps)",
    configAt: (c, s) => (s > 1 ? null : c),
    note: "No vector exists for position 128 or later: a learned table can't be run past its length at all. Even at 1× it trails RoPE here: with the same 700 steps it has to learn a vector for each of 128 positions, where RoPE's rotations give every head the offsets for free.",
  },
];

function blocks(byPosition: number[]): number[] {
  return Array.from({ length: byPosition.length / CURVE_BLOCK }, (_, b) => byPosition.slice(b * CURVE_BLOCK, (b + 1) * CURVE_BLOCK).reduce((x, y) => x + y, 0) / CURVE_BLOCK);
}

/**
 * The RoPE lab on the course model. First the relative-position property checked on the model's
 * own first-layer query and key (RoPE against learned positions), then held-out perplexity of each
 * position scheme at 1×, 2× and 4× the training length, with the loss position by position.
 */
export async function* runRopeModelLab(input: RopeModelSettings, context: LabContext): AsyncGenerator<LabUpdate<RopeModelSnapshot>, void, void> {
  const s = validateRopeModelSettings(input);
  const [base, learned] = await Promise.all([context.loadModel("base"), context.loadModel("learned")]);
  const snap: RopeModelSnapshot = {
    relative: relativeCheck(base, learned, s.pair, s.offset, TRAINED_LENGTH),
    lengths: LENGTHS,
    variants: VARIANTS.map((v) => ({ id: v.id, label: v.label, checkpoint: v.checkpoint, how: v.how, perplexity: LENGTHS.map(() => null), beyond: LENGTHS.map(() => null), curve: null, note: v.note ?? null })),
    predictions: LENGTHS.map(() => 0),
    ntkBases: LENGTHS.map((L) => ropeNtkBase({ base: base.manifest.config.ropeBase, factor: L / TRAINED_LENGTH, d: base.manifest.config.width / base.manifest.config.heads }).value),
  };
  yield { progress: 0.05, message: "Checked the relative-position property on the model's first layer", data: { ...snap } };

  const heldOut = base.tokenizer.encode(splitCorpus(await context.loadCorpus()).heldOut).slice(0, s.heldOutChars + 1);
  const models = new Map<string, LoadedModel>([
    ["base", base],
    ["learned", learned],
  ]);
  const total = VARIANTS.length * LENGTHS.length;
  let done = 0;
  for (const [li, L] of LENGTHS.entries()) {
    const factor = L / TRAINED_LENGTH;
    for (const v of VARIANTS) {
      done++;
      let model = models.get(v.checkpoint);
      if (!model) {
        model = await context.loadModel(v.checkpoint);
        models.set(v.checkpoint, model);
      }
      const config = v.configAt(model.manifest.config, factor);
      if (!config) continue;
      const result = positionLosses(model.params, config, heldOut, L);
      const past = result.byPosition.slice(TRAINED_LENGTH);
      snap.predictions = snap.predictions.map((p, i) => (i === li ? result.predictions : p));
      snap.variants = snap.variants.map((r) =>
        r.id !== v.id
          ? r
          : {
              ...r,
              perplexity: r.perplexity.map((p, i) => (i === li ? result.perplexity : p)),
              beyond: r.beyond.map((p, i) => (i === li && past.length ? Math.exp(past.reduce((a, b) => a + b, 0) / past.length) : p)),
              curve: L === LENGTHS.at(-1) || (r.curve === null && v.id === "learned") ? blocks(result.byPosition) : r.curve,
            },
      );
      yield { progress: 0.05 + (0.95 * done) / total, message: `${v.label} at ${L} characters (${factor}× the training length)`, data: { ...snap } };
    }
  }
  yield { progress: 1, message: "Measured every position scheme at every length it can run", data: { ...snap } };
}
