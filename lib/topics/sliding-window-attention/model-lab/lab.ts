import type { LabContext, LabUpdate } from "@/lib/labs/protocol";
import { splitCorpus } from "@/lib/lm/corpus-split";
import { makeDecoder } from "@/lib/lm/decoder";
import { evaluate } from "@/lib/lm/evaluate";
import { generate } from "@/lib/lm/generate";
import { inputInfluence } from "@/lib/lm/influence";
import type { LoadedModel } from "@/lib/lm/loaded-model";
import { forward } from "@/lib/lm/model";
import { kvCacheBytes, receptiveField } from "@/lib/topics/sliding-window-attention/compute";
import { localGlobalKvBytes } from "@/lib/topics/sliding-window-attention/compute-cache";
import { LAB_WINDOWS, windowCheckpointName, type LabWindow } from "./checkpoints";
import { DEFAULT_WINDOW_MODEL_SETTINGS, validateWindowModelSettings, type WindowModelSettings } from "./settings";

export type ReceptiveRow = {
  depth: number;
  /** ‖∂ prediction at the last position / ∂ input j‖, scaled so the row's largest is 1. */
  influence: number[];
  /** Positions with non-zero influence, counted. */
  reached: number;
  /** attention.receptive_field = L·(w−1)+1 (windowed checkpoints), and the same capped at the text. */
  formula: number | null;
  capped: number;
};

export type CacheRow = { window: LabWindow; slots: number; measured: number; library: number; libraryName: string };

export type PerplexityRow = {
  window: LabWindow;
  /** The base model run under this window's mask, without retraining. */
  masked: number | null;
  /** The checkpoint fine-tuned under this window (for full attention: the control fine-tune). */
  fineTuned: number | null;
};

export type SampleRow = { window: LabWindow; checkpoint: string; text: string };

export type WindowModelSnapshot = {
  window: LabWindow;
  checkpoint: string;
  /** The text's characters. The model reads all but the last; position t predicts character t + 1. */
  text: string[];
  layers: number;
  heads: number;
  /** layers × heads × n × n softmax weights, row = query; 0 where the mask hides a key. */
  attention: Float32Array;
  /** Loss (nats) of predicting character t + 1 from position t. */
  tokenLoss: number[];
  meanLoss: number;
  receptive: ReceptiveRow[] | null;
  cache: CacheRow[] | null;
  perplexity: PerplexityRow[];
  /** Predictions each perplexity averages over. */
  predictions: number;
  samples: SampleRow[];
};

/** What the default run opens first: the chosen window's checkpoint, then base for the perplexities. */
export const WINDOW_MODEL_PRELOAD = [windowCheckpointName(DEFAULT_WINDOW_MODEL_SETTINGS.window), "base"] as const;

/** Sampling for the "text it writes" row: mildly creative, the same every run. */
export const SAMPLE_SETTINGS = { temperature: 0.8, topK: 20, seed: 7 } as const;
const SAMPLE_PROMPT_CHARS = 40;
const SAMPLE_LENGTH = 80;

function cacheRow(model: LoadedModel, window: LabWindow): CacheRow {
  const { config } = model.manifest;
  const decoder = makeDecoder(model.params, { ...config, window });
  const shape = { kvHeads: config.heads, headDim: config.width / config.heads, seqLen: config.context, bytesPerValue: 4, batch: 1 };
  const library =
    window === null
      ? { name: "attention.kv_cache_bytes", value: kvCacheBytes({ layers: config.layers, ...shape }).value }
      : { name: "attention.local_global_kv_bytes", value: localGlobalKvBytes({ globalLayers: 0, localLayers: config.layers, window, ...shape }).value };
  return { window, slots: decoder.slots, measured: decoder.cacheBytes, library: library.value, libraryName: library.name };
}

/**
 * The sliding-window lab on the course model. First the chosen checkpoint's attention maps and
 * per-character loss on the text, then its receptive field measured by gradients, the key/value
 * cache of each window against lib/compute, held-out perplexity for every window (the base model
 * masked, and the checkpoint fine-tuned under that window), and finally a sample from each.
 */
export async function* runWindowModelLab(input: WindowModelSettings, context: LabContext): AsyncGenerator<LabUpdate<WindowModelSnapshot>, void, void> {
  const s = validateWindowModelSettings(input);
  const checkpoint = windowCheckpointName(s.window);
  const model = await context.loadModel(checkpoint);
  const { config } = model.manifest;
  const tokens = model.tokenizer.encode(s.prompt);
  const inputs = tokens.slice(0, -1);
  const result = forward(model.params, config, inputs, { attentionMaps: true, targets: tokens.slice(1) });
  const n = inputs.length;
  const attention = new Float32Array(config.layers * config.heads * n * n);
  result.attention!.forEach((maps, l) => attention.set(maps, l * config.heads * n * n));
  const tokenLoss = Array.from(result.losses!);
  const snap: WindowModelSnapshot = {
    window: s.window,
    checkpoint,
    text: Array.from(s.prompt),
    layers: config.layers,
    heads: config.heads,
    attention,
    tokenLoss,
    meanLoss: tokenLoss.reduce((a, b) => a + b, 0) / tokenLoss.length,
    receptive: null,
    cache: null,
    perplexity: LAB_WINDOWS.map((window) => ({ window, masked: null, fineTuned: null })),
    predictions: 0,
    samples: [],
  };
  yield { progress: 0.05, message: `Ran ${checkpoint} on the text`, data: { ...snap } };

  snap.receptive = Array.from({ length: config.layers }, (_, l) => {
    const influence = inputInfluence(model.params, config, inputs, l + 1);
    const top = Math.max(...influence);
    const formula = s.window === null ? null : receptiveField({ layers: l + 1, w: s.window }).value;
    return {
      depth: l + 1,
      influence: Array.from(influence, (v) => (top > 0 ? v / top : 0)),
      reached: influence.filter((v) => v > 0).length,
      formula,
      capped: Math.min(formula ?? n, n),
    };
  });
  yield { progress: 0.1, message: `Measured the receptive field through ${config.layers} layers`, data: { ...snap } };

  snap.cache = LAB_WINDOWS.map((w) => cacheRow(model, w));
  yield { progress: 0.12, message: "Sized the key/value cache for each window", data: { ...snap } };

  const heldOut = model.tokenizer.encode(splitCorpus(await context.loadCorpus()).heldOut).slice(0, s.heldOutChars);
  const base = await context.loadModel("base");
  for (const [i, window] of LAB_WINDOWS.entries()) {
    const masked = evaluate(base.params, { ...base.manifest.config, window }, heldOut);
    snap.perplexity = snap.perplexity.map((r) => (r.window === window ? { ...r, masked: masked.perplexity } : r));
    snap.predictions = masked.predictions;
    yield { progress: 0.12 + (0.78 * (2 * i + 1)) / (2 * LAB_WINDOWS.length), message: `Held-out perplexity of base under ${window === null ? "full attention" : `a window of ${window}`}`, data: { ...snap } };
    const tuned = await context.loadModel(windowCheckpointName(window));
    const fineTuned = evaluate(tuned.params, tuned.manifest.config, heldOut);
    snap.perplexity = snap.perplexity.map((r) => (r.window === window ? { ...r, fineTuned: fineTuned.perplexity } : r));
    yield { progress: 0.12 + (0.78 * (2 * i + 2)) / (2 * LAB_WINDOWS.length), message: `Held-out perplexity of ${windowCheckpointName(window)}`, data: { ...snap } };
  }

  const start = tokens.slice(0, SAMPLE_PROMPT_CHARS);
  for (const window of LAB_WINDOWS) {
    const name = windowCheckpointName(window);
    const tuned = await context.loadModel(name);
    const text = tuned.tokenizer.decode(generate(tuned.params, tuned.manifest.config, start, SAMPLE_LENGTH, SAMPLE_SETTINGS));
    snap.samples = [...snap.samples, { window, checkpoint: name, text }];
  }
  yield { progress: 1, message: `Wrote ${SAMPLE_LENGTH} characters with each checkpoint`, data: { ...snap } };
}
