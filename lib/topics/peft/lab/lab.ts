import type { LabUpdate } from "@/lib/labs/protocol";
import { makeRng, type Rng } from "@/lib/labs/seeded-rng";
import { Adam } from "./adam";
import { lossAndGrad, meanLoss, predictAll, type Dataset } from "./forward-backward";
import { addAdapters, addLora, adapterParamList, allParams, cloneNet, loraDelta, loraParamList, makeNet, mergeLora, type Net } from "./network";
import { formulaCounts, type MethodKey, type ParamCount } from "./param-counts";
import { INPUT_DIM, makeTasks } from "./tasks";

/**
 * Pretrain a small MLP on task A, then adapt copies of it to task B three ways —
 * full fine-tuning, LoRA on the hidden matrices, Houlsby adapters after them —
 * with the same batches and learning rate, and compare what each one trains,
 * how fast it learns B and how much of A it forgets.
 */
export type PeftSettings = {
  /** LoRA rank r. */
  rank: number;
  /** LoRA α; the update is scaled by α/r. */
  alpha: number;
  /** Adapter bottleneck width m. */
  adapterSize: number;
  /** Adam steps of pretraining on task A. */
  pretrainSteps: number;
  /** Fine-tuning steps on task B (each method). */
  steps: number;
  /** Adam learning rate for fine-tuning. */
  learningRate: number;
  seed: number;
};

export const DEFAULT_PEFT_SETTINGS: PeftSettings = { rank: 4, alpha: 8, adapterSize: 4, pretrainSteps: 800, steps: 400, learningRate: 0.003, seed: 1 };

export type PeftSnapshot = {
  phase: "pretrain" | "finetune" | "done";
  shape: { inputDim: number; width: number; hiddenLayers: number };
  counts: ParamCount[];
  /** Task-A test loss while pretraining. */
  pretrainCurve: { step: number; taskA: number }[];
  /** Task-B test loss of the three methods, step 0 = the pretrained model. */
  fineTuneCurve: { step: number; full: number; lora: number; adapter: number }[];
  /** Task-A test loss after pretraining, then after each method ("removed": the base weights with the LoRA/adapter taken out). */
  taskA: { before: number; full: number; lora: number; loraRemoved: number; adapter: number; adapterRemoved: number } | null;
  /** max |output| difference between the LoRA net with B = 0 and the pretrained net; exactly 0. */
  loraStartDiff: number | null;
  /** Merging (α/r)·B·A into W₀ versus running the LoRA path separately. */
  merge: { maxAbsDiffFloat32: number; maxAbsDiffFloat64: number; maxAbsOutput: number } | null;
  /** ΔW of the first hidden matrix (d × d, row-major): full fine-tuning, and (α/r)·B·A. */
  deltaFull: Float32Array | null;
  deltaLora: Float32Array | null;
};

const WIDTH = 32;
const HIDDEN_LAYERS = 2;
const PRETRAIN_LR = 0.01;
const BATCH = 32;
const TRAIN_SIZE = 512;
const TEST_SIZE = 200;
const CURVE_POINTS = 40;

function checkInteger(name: string, value: number, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) throw new Error(`${name} must be a whole number from ${min} to ${max}; got ${value}.`);
}

function checkNumber(name: string, value: number, min: number, max: number): void {
  if (!Number.isFinite(value) || value < min || value > max) throw new Error(`${name} must be between ${min} and ${max}; got ${value}.`);
}

export function validatePeftSettings(s: PeftSettings): void {
  checkInteger("LoRA rank r", s.rank, 1, WIDTH);
  checkNumber("LoRA α", s.alpha, 0.1, 256);
  checkInteger("Adapter size m", s.adapterSize, 1, WIDTH);
  checkInteger("Pretraining steps", s.pretrainSteps, 50, 5000);
  checkInteger("Fine-tuning steps", s.steps, 10, 3000);
  checkNumber("Learning rate", s.learningRate, 1e-5, 0.1);
  checkInteger("Seed", s.seed, 0, 2 ** 31 - 1);
}

function batchRows(rng: Rng, n: number): number[] {
  return Array.from({ length: BATCH }, () => rng.int(n));
}

function maxAbsDiff(a: Float64Array, b: Float64Array): number {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i]! - b[i]!));
  return m;
}

function fullDelta(tuned: Net, base: Net): Float32Array {
  const w = tuned.hidden[0]!.w.value;
  const w0 = base.hidden[0]!.w.value;
  return Float32Array.from(w, (v, i) => v - w0[i]!);
}

/** Merging B·A into W₀: the same outputs in float64 to ~1e-15, in float32 to ~1e-6. */
export function mergeCheck(loraNet: Net, data: Dataset): NonNullable<PeftSnapshot["merge"]> {
  const exact64 = predictAll(loraNet, data);
  const merged64 = predictAll(mergeLora(loraNet), data);
  const net32 = cloneNet(loraNet, Math.fround);
  const exact32 = predictAll(net32, data, Math.fround);
  const merged32 = predictAll(mergeLora(net32, Math.fround), data, Math.fround);
  return {
    maxAbsDiffFloat32: maxAbsDiff(exact32, merged32),
    maxAbsDiffFloat64: maxAbsDiff(exact64, merged64),
    maxAbsOutput: exact64.reduce((m, v) => Math.max(m, Math.abs(v)), 0),
  };
}

export function* runPeftLab(settings: PeftSettings): Generator<LabUpdate<PeftSnapshot>, void, void> {
  validatePeftSettings(settings);
  const { rank, alpha, adapterSize, pretrainSteps, steps, learningRate, seed } = settings;
  const shape = { inputDim: INPUT_DIM, width: WIDTH, hiddenLayers: HIDDEN_LAYERS };
  // Separate streams, so changing r or m does not change the data or the base model.
  const tasks = makeTasks(makeRng(seed), TRAIN_SIZE, TEST_SIZE);
  const batchRng = makeRng(seed + 101);
  const base = makeNet(shape, makeRng(seed + 202));

  const snap: PeftSnapshot = {
    phase: "pretrain",
    shape,
    counts: formulaCounts(shape, rank, adapterSize),
    pretrainCurve: [{ step: 0, taskA: meanLoss(base, tasks.testA) }],
    fineTuneCurve: [],
    taskA: null,
    loraStartDiff: null,
    merge: null,
    deltaFull: null,
    deltaLora: null,
  };
  const emit = (progress: number, message: string): LabUpdate<PeftSnapshot> => ({
    progress,
    message,
    data: { ...snap, counts: snap.counts.map((c) => ({ ...c })), pretrainCurve: [...snap.pretrainCurve], fineTuneCurve: [...snap.fineTuneCurve] },
  });

  const pretrainer = new Adam(allParams(base), PRETRAIN_LR);
  for (let step = 1; step <= pretrainSteps; step++) {
    lossAndGrad(base, tasks.trainA, batchRows(batchRng, TRAIN_SIZE));
    pretrainer.step();
    if (step === 25 || step % 50 === 0) {
      snap.pretrainCurve.push({ step, taskA: meanLoss(base, tasks.testA) });
      yield emit((0.4 * step) / pretrainSteps, `Pretraining on task A, step ${step} of ${pretrainSteps}`);
    }
  }
  const taskABefore = meanLoss(base, tasks.testA);

  // Each method gets its own copy of the pretrained weights.
  const nets: Record<MethodKey, Net> = {
    full: cloneNet(base),
    lora: addLora(cloneNet(base), rank, alpha, makeRng(seed + 303)),
    adapter: addAdapters(cloneNet(base), adapterSize, makeRng(seed + 404)),
  };
  const optimisers: Record<MethodKey, Adam> = {
    full: new Adam(allParams(nets.full), learningRate),
    lora: new Adam(loraParamList(nets.lora), learningRate),
    adapter: new Adam(adapterParamList(nets.adapter), learningRate),
  };
  const methods: MethodKey[] = ["full", "lora", "adapter"];
  snap.phase = "finetune";
  snap.counts = snap.counts.map((c) => ({ ...c, fromOptimiser: optimisers[c.method].parameterCount() }));
  snap.loraStartDiff = maxAbsDiff(predictAll(nets.lora, tasks.testB), predictAll(base, tasks.testB));
  const evalB = (step: number) => {
    const [full, lora, adapter] = methods.map((m) => meanLoss(nets[m], tasks.testB)) as [number, number, number];
    snap.fineTuneCurve.push({ step, full, lora, adapter });
  };
  evalB(0);
  yield emit(0.4, "Pretrained; fine-tuning on task B");

  const evalEvery = Math.max(1, Math.round(steps / CURVE_POINTS));
  for (let step = 1; step <= steps; step++) {
    const rows = batchRows(batchRng, TRAIN_SIZE);
    for (const m of methods) {
      lossAndGrad(nets[m], tasks.trainB, rows);
      optimisers[m].step();
    }
    if (step % evalEvery === 0 || step === steps) {
      evalB(step);
      snap.deltaFull = fullDelta(nets.full, base);
      snap.deltaLora = Float32Array.from(loraDelta(nets.lora.lora![0]!));
      yield emit(0.4 + (0.55 * step) / steps, `Fine-tuning on task B, step ${step} of ${steps}`);
    }
  }

  snap.taskA = {
    before: taskABefore,
    full: meanLoss(nets.full, tasks.testA),
    lora: meanLoss(nets.lora, tasks.testA),
    loraRemoved: meanLoss({ ...nets.lora, lora: null }, tasks.testA),
    adapter: meanLoss(nets.adapter, tasks.testA),
    adapterRemoved: meanLoss({ ...nets.adapter, adapters: null }, tasks.testA),
  };
  snap.merge = mergeCheck(nets.lora, tasks.testB);
  snap.phase = "done";
  yield emit(1, "Merged LoRA into W₀ and measured forgetting on task A");
}
