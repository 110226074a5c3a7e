import type { LabContext, LabUpdate } from "@/lib/labs/protocol";
import { splitCorpus } from "@/lib/lm/corpus-split";
import { evaluate } from "@/lib/lm/evaluate";
import { generate } from "@/lib/lm/generate";
import type { Tensor } from "@/lib/lm/params";
import { absmaxScale, quantizeAbsmax } from "@/lib/topics/quantization/compute";
import { absmaxCode } from "@/lib/topics/quantization/lab/quantize";
import { isMatrix, MODEL_SCHEMES, quantizeModel, type ModelSchemeId } from "./schemes";
import { validateQuantModelSettings, type QuantModelSettings } from "./settings";

export type TensorStat = { name: string; rows: number; cols: number; maxAbs: number; rms: number; /** max|w| / rms: how far the largest weight sits out, which sets a per-tensor step. */ peakRatio: number };

export type SchemeRow = { id: ModelSchemeId; label: string; bitsPerWeight: number; bytes: number; meanAbsError: number; perplexity: number; sample: string };

export type SensitivityRow = { group: string; perplexity: number };

export type LibraryCheck = { tensor: string; index: number; x: number; labCode: number; libraryCode: number; step: number; libraryStep: number };

export type QuantModelSnapshot = {
  stats: TensorStat[];
  fp32Bytes: number;
  schemes: SchemeRow[];
  /** INT4 per tensor applied to one group of matrices at a time, the rest FP32. */
  sensitivity: SensitivityRow[];
  checks: LibraryCheck[];
  predictions: number;
  prompt: string;
};

export const SAMPLE_SETTINGS = { temperature: 0.8, topK: 20, seed: 11 } as const;
const SAMPLE_LENGTH = 80;

/** The groups whose sensitivity is measured: the embedding (also the output head), then attention and MLP per layer. */
function sensitivityGroups(layers: number): { group: string; match: (t: Tensor) => boolean }[] {
  const groups = [{ group: "token embedding (= output head)", match: (t: Tensor) => t.name === "token_embedding" }];
  for (let l = 0; l < layers; l++) {
    groups.push({ group: `layer ${l + 1} attention (q, k, v, o)`, match: (t) => /^layer\d+\.w[qkvo]$/.test(t.name) && t.name.startsWith(`layer${l}.`) });
    groups.push({ group: `layer ${l + 1} MLP (gate, up, down)`, match: (t) => /\.w_(gate|up|down)$/.test(t.name) && t.name.startsWith(`layer${l}.`) });
  }
  return groups;
}

/**
 * The quantization lab on the course model: its weights' shapes first (what sets each scheme's
 * step), then every scheme's held-out perplexity, size and sample, then which matrices suffer most
 * from INT4 when quantized alone.
 */
export async function* runQuantModelLab(input: QuantModelSettings, context: LabContext): AsyncGenerator<LabUpdate<QuantModelSnapshot>, void, void> {
  const s = validateQuantModelSettings(input);
  const model = await context.loadModel("base");
  const { params, tokenizer } = model;
  const config = model.manifest.config;
  const matrices = params.tensors.filter(isMatrix);
  const stats = matrices.map((t) => {
    let maxAbs = 0;
    let sq = 0;
    for (const v of t.value) {
      maxAbs = Math.max(maxAbs, Math.abs(v));
      sq += v * v;
    }
    const rms = Math.sqrt(sq / t.value.length);
    return { name: t.name, rows: t.rows, cols: t.cols, maxAbs, rms, peakRatio: maxAbs / rms };
  });
  // A few weights of each matrix recomputed by lib/compute under INT8 per tensor: the lab's codes must be the library's.
  const checks: LibraryCheck[] = matrices.slice(0, 3).flatMap((t, k) =>
    [0, 1].map((index) => {
      const x = t.value[index]!;
      const step = stats[k]!.maxAbs / 127;
      return { tensor: t.name, index, x, labCode: absmaxCode(x, step, 8), libraryCode: quantizeAbsmax({ x, maxAbs: stats[k]!.maxAbs, bits: 8 }).value, step, libraryStep: absmaxScale({ maxAbs: stats[k]!.maxAbs, bits: 8 }).value };
    }),
  );
  const snap: QuantModelSnapshot = {
    stats,
    fp32Bytes: 4 * params.values.length,
    schemes: [],
    sensitivity: [],
    checks,
    predictions: 0,
    prompt: s.prompt,
  };
  yield { progress: 0.02, message: "Measured the weights of every matrix", data: { ...snap } };

  const heldOut = tokenizer.encode(splitCorpus(await context.loadCorpus()).heldOut).slice(0, s.heldOutChars);
  const start = tokenizer.encode(s.prompt);
  const groups = sensitivityGroups(config.layers);
  const steps = MODEL_SCHEMES.length + groups.length;
  for (const [i, scheme] of MODEL_SCHEMES.entries()) {
    const q = quantizeModel(params, config, scheme);
    const result = evaluate(q.params, config, heldOut);
    const sample = tokenizer.decode(generate(q.params, config, start, SAMPLE_LENGTH, SAMPLE_SETTINGS));
    snap.predictions = result.predictions;
    snap.fp32Bytes = q.fp32Bytes;
    snap.schemes = [...snap.schemes, { id: scheme.id, label: scheme.label, bitsPerWeight: q.bitsPerWeight, bytes: q.bytes, meanAbsError: q.meanAbsError, perplexity: result.perplexity, sample }];
    yield { progress: 0.02 + (0.98 * (i + 1)) / steps, message: `${scheme.label}: held-out perplexity and a sample`, data: { ...snap } };
  }
  const int4 = MODEL_SCHEMES.find((m) => m.id === "int4-tensor")!;
  for (const [i, g] of groups.entries()) {
    const q = quantizeModel(params, config, int4, g.match);
    snap.sensitivity = [...snap.sensitivity, { group: g.group, perplexity: evaluate(q.params, config, heldOut).perplexity }];
    yield { progress: 0.02 + (0.98 * (MODEL_SCHEMES.length + i + 1)) / steps, message: `INT4 on ${g.group} alone`, data: { ...snap } };
  }
}
