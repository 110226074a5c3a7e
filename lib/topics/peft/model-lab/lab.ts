import type { LabContext, LabUpdate } from "@/lib/labs/protocol";
import { splitCorpus } from "@/lib/lm/corpus-split";
import { evaluate } from "@/lib/lm/evaluate";
import { generate } from "@/lib/lm/generate";
import { adapterProjection } from "@/lib/lm/lora";
import { forward } from "@/lib/lm/model";
import { parameterCount } from "@/lib/lm/params";
import { fullAdamBytes, loraParams, trainableShare } from "@/lib/topics/peft/compute";
import { qloraStateBytes } from "@/lib/topics/peft/compute-memory";
import { startRun, stepRun, TARGET_MATRICES, type Method, type Run } from "./fine-tune";
import { validatePeftModelSettings, type PeftModelSettings } from "./settings";
import { NEW_TEXT_HELD_OUT, NEW_TEXT_TRAIN, SAMPLE_OPENING } from "./texts";

export type MethodSummary = {
  method: Method;
  /** Values the optimiser updates, counted from its own buffer. */
  trainable: number;
  /** The same from lib/compute: the model's parameter count, or Σ peft.lora_params over the adapted matrices. */
  fromFormula: number;
  share: number;
  /** Adam's two moments as this lab keeps them (float32), measured from the optimiser's buffers. */
  momentBytes: number;
  /** Model states of a mixed-precision run: finetune.full_adam_bytes, or peft.qlora_state_bytes over a 16-bit base. */
  mixedPrecisionBytes: number;
};

export type CurvePoint = { step: number; full: number | null; lora: number | null };
export type EvalPoint = { method: Method | "base"; step: number; newText: number; coursePerplexity: number };
export type Sample = { method: Method | "base"; text: string };

export type PeftModelSnapshot = {
  settings: PeftModelSettings;
  baseParams: number;
  methods: MethodSummary[];
  curve: CurvePoint[];
  evals: EvalPoint[];
  samples: Sample[];
  /** Largest |merged W·x − (W₀x + (α/r)·B(Ax))| over every adapted projection on real activations. */
  mergeCheck: { maxAbsDiff: number; projections: number } | null;
};

const COURSE_CHARS = 512;
const SAMPLE_LENGTH = 100;
export const SAMPLE_SETTINGS = { temperature: 0.8, topK: 20, seed: 3 } as const;

/**
 * The PEFT lab on the course model: full fine-tuning and LoRA toward a new text, on the same
 * batches. Counts and memory first (from the optimisers and lib/compute), then both loss curves,
 * the held-out paragraph of the new text and the course's held-out text (what each forgets), the
 * samples, and the merged model checked against the adapter path.
 */
export async function* runPeftModelLab(input: PeftModelSettings, context: LabContext): AsyncGenerator<LabUpdate<PeftModelSnapshot>, void, void> {
  const s = validatePeftModelSettings(input);
  const base = await context.loadModel("base");
  const config = base.manifest.config;
  const { tokenizer } = base;
  const train = tokenizer.encode(NEW_TEXT_TRAIN);
  const heldNew = tokenizer.encode(NEW_TEXT_HELD_OUT);
  const runs: Record<Method, Run> = { full: startRun("full", base.params, config, s.rank, s.targets), lora: startRun("lora", base.params, config, s.rank, s.targets) };
  const baseParams = parameterCount(config);
  const adapted = base.params.layers.flatMap((layer) => TARGET_MATRICES[s.targets].map((t) => layer[t]));
  const loraFormula = adapted.reduce((n, w) => n + loraParams({ d: w.rows, k: w.cols, r: s.rank }).value, 0);
  const summary = (method: Method): MethodSummary => {
    const run = runs[method];
    const trainable = run.trained.values.length;
    return {
      method,
      trainable,
      fromFormula: method === "full" ? baseParams : loraFormula,
      share: trainableShare({ trainableParams: trainable, baseParams }).value,
      momentBytes: run.optimizer.m.byteLength + run.optimizer.v.byteLength,
      mixedPrecisionBytes: method === "full" ? fullAdamBytes({ params: baseParams }).value : qloraStateBytes({ baseParams, baseBits: 16, loraParams: trainable }).value,
    };
  };
  const snap: PeftModelSnapshot = { settings: s, baseParams, methods: [summary("full"), summary("lora")], curve: [], evals: [], samples: [], mergeCheck: null };
  yield { progress: 0.02, message: "Counted what each method trains", data: { ...snap } };

  const course = tokenizer.encode(splitCorpus(await context.loadCorpus()).heldOut).slice(0, COURSE_CHARS);
  const measure = (method: Method | "base", step: number): EvalPoint => {
    const params = method === "base" ? base.params : runs[method].params;
    return { method, step, newText: evaluate(params, config, heldNew).meanLoss, coursePerplexity: evaluate(params, config, course).perplexity };
  };
  snap.evals = [measure("base", 0)];
  const opening = tokenizer.encode(SAMPLE_OPENING);
  const sample = (method: Method | "base") => ({ method, text: tokenizer.decode(generate(method === "base" ? base.params : runs[method].params, config, opening, SAMPLE_LENGTH, SAMPLE_SETTINGS)) });
  snap.samples = [sample("base")];
  yield { progress: 0.05, message: "Measured the base model on both texts", data: { ...snap } };

  const every = Math.max(1, Math.round(s.steps / 4));
  for (const [i, method] of (["full", "lora"] as const).entries()) {
    for (let step = 1; step <= s.steps; step++) {
      const loss = stepRun(runs[method], config, train);
      const existing = snap.curve[step - 1];
      snap.curve = existing ? snap.curve.map((p) => (p.step === step ? { ...p, [method]: loss } : p)) : [...snap.curve, { step, full: method === "full" ? loss : null, lora: method === "lora" ? loss : null }];
      const report = step % every === 0 || step === s.steps;
      if (report) snap.evals = [...snap.evals, measure(method, step)];
      if (report || step % 2 === 0) yield { progress: 0.05 + (0.45 * (i + step / s.steps)), message: `${method === "full" ? "Full fine-tuning" : `LoRA r = ${s.rank}`}, step ${step} of ${s.steps}`, data: { ...snap } };
    }
    snap.samples = [...snap.samples, sample(method)];
  }

  // The merged matrices against the unmerged adapter path, on the activations each projection really receives.
  const lora = runs.lora.lora!;
  const { cache } = forward(runs.lora.params, config, train.slice(0, config.context));
  let maxAbsDiff = 0;
  let projections = 0;
  for (const ad of lora.adapters) {
    const c = cache.layers[ad.layer]!;
    const input = ad.target === "wo" ? c.att : ad.target === "wDown" ? c.h : ad.target === "wGate" || ad.target === "wUp" ? c.n2 : c.n1;
    const w = runs.lora.params.layers[ad.layer]![ad.target].value;
    for (let t = 0; t < cache.tokens.length; t++) {
      const x = input.subarray(t * ad.cols, (t + 1) * ad.cols);
      const viaAdapter = adapterProjection(ad, lora.scale, lora.rank, x);
      for (let r = 0; r < ad.rows; r++) {
        let merged = 0;
        for (let j = 0; j < ad.cols; j++) merged += w[r * ad.cols + j]! * x[j]!;
        maxAbsDiff = Math.max(maxAbsDiff, Math.abs(merged - viaAdapter[r]!));
      }
      projections++;
    }
  }
  snap.mergeCheck = { maxAbsDiff, projections };
  yield { progress: 1, message: "Checked the merged model against the adapter path", data: { ...snap } };
}
