import { causalScores, fullScores, receptiveField, windowScores } from "@/lib/topics/sliding-window-attention/compute";
import { windowSinkScores } from "@/lib/topics/sliding-window-attention/compute-sinks";
import type { LabUpdate } from "@/lib/labs/protocol";
import { makeRng } from "@/lib/labs/seeded-rng";
import { embed, forward, initHead, lossAndGradients, makeAdam, previousTokenAccuracy, trainableQueries } from "./attention-head";
import { buildMask, countScores, MASK_MODES, receptiveFieldByLayer, type MaskMode, type MaskSpec } from "./masks";
import { DEFAULT_TEXT, MAX_TOKENS, MIN_TOKENS, tokenise } from "./tokens";

export type AttentionSettings = {
  text: string;
  mask: MaskMode;
  /** Causal window in keys, including the query itself. */
  window: number;
  /** Global tokens (the first k positions), used by the "window-global" mask. */
  globalTokens: number;
  /** Stacked layers for the receptive-field view. */
  layers: number;
  seed: number;
  /** Adam steps training the head to attend to the previous token (0 = random head only). */
  trainSteps: number;
  learningRate: number;
};

export const DEFAULT_ATTENTION_SETTINGS: AttentionSettings = {
  text: DEFAULT_TEXT,
  mask: "window",
  window: 4,
  globalTokens: 1,
  layers: 3,
  seed: 1,
  trainSteps: 300,
  learningRate: 0.05,
};

/** Embedding and head width. */
export const MODEL_DIM = 16;
/** Sequence lengths of the cost chart. */
export const COST_LENGTHS = [16, 32, 64, 128, 256, 512, 1024, 2048, 4096];

export type ScoreCounts = {
  /** Unmasked cells of this run's mask, counted one by one. */
  counted: number;
  /** lib/compute values for the same n (window with this run's w). */
  full: number;
  causal: number;
  window: number;
  /** The lib/compute function that applies to this mask. */
  expectedName: string;
  expected: number;
};

export type ReceptiveFieldRow = {
  layer: number;
  /** 0/1 per position: can the last token depend on it after this layer? */
  reachable: number[];
  count: number;
  /** attention.receptive_field = L·(w−1)+1 (window mask only), and the same capped at the sequence start. */
  formula: number | null;
  formulaCapped: number | null;
};

export type CostPoint = { n: number; full: number; causal: number; window: number; windowGlobal: number | null };

export type TrainingPoint = { step: number; loss: number; accuracy: number };

export type AttentionSnapshot = {
  tokens: string[];
  n: number;
  mode: MaskMode;
  window: number;
  globalTokens: number;
  layers: number;
  /** n × n row-major, 1 = scored, 0 = masked. */
  mask: number[];
  /** n × n row-major softmax weights; 0 in masked cells. */
  weights: number[];
  /** Largest |row sum − 1| over the rows (should be rounding noise). */
  rowSumError: number;
  scores: ScoreCounts;
  receptiveField: ReceptiveFieldRow[] | null;
  cost: CostPoint[] | null;
  /** Did counting the masks reproduce lib/compute at every n of the cost chart? */
  costAgrees: boolean | null;
  training: TrainingPoint[];
  trainedQueries: number;
  trainSteps: number;
};

function wholeNumber(name: string, value: number, min: number, max: number): number {
  if (!Number.isFinite(value)) throw new Error(`${name} must be a number, got ${String(value)}.`);
  return Math.min(max, Math.max(min, Math.round(value)));
}

/** Clamps numbers into range and rejects what can't be repaired (unknown mask, too short or long a text). */
export function validateSettings(settings: AttentionSettings): AttentionSettings & { tokens: string[] } {
  if (!MASK_MODES.includes(settings.mask)) throw new Error(`Unknown mask “${String(settings.mask)}”: use one of ${MASK_MODES.join(", ")}.`);
  const tokens = tokenise(settings.text);
  if (tokens.length < MIN_TOKENS || tokens.length > MAX_TOKENS) {
    throw new Error(`The text must have ${MIN_TOKENS} to ${MAX_TOKENS} tokens (words and punctuation marks); it has ${tokens.length}.`);
  }
  if (!(settings.learningRate > 0 && settings.learningRate <= 1)) throw new Error(`The learning rate must be above 0 and at most 1, got ${settings.learningRate}.`);
  return {
    ...settings,
    tokens,
    window: wholeNumber("The window", settings.window, 1, 256),
    globalTokens: wholeNumber("The number of global tokens", settings.globalTokens, 0, Math.min(4, tokens.length)),
    layers: wholeNumber("The number of layers", settings.layers, 1, 16),
    seed: wholeNumber("The seed", settings.seed, 0, 2 ** 31 - 1),
    trainSteps: wholeNumber("The number of training steps", settings.trainSteps, 0, 2000),
  };
}

/** The lib/compute count that a mask must reproduce, if one exists. */
export function libraryCount(spec: MaskSpec, n: number): { name: string; value: number } {
  if (spec.mode === "full") return { name: "attention.full_scores", value: fullScores({ n }).value };
  if (spec.mode === "causal") return { name: "attention.causal_scores", value: causalScores({ n }).value };
  if (spec.mode === "window") return { name: "attention.window_scores", value: windowScores({ n, w: spec.window }).value };
  return { name: "attention.window_sink_scores", value: windowSinkScores({ n, w: spec.window, k: spec.globalTokens }).value };
}

function scoreCounts(spec: MaskSpec, n: number): ScoreCounts {
  const expected = libraryCount(spec, n);
  return {
    counted: countScores(spec, n),
    full: fullScores({ n }).value,
    causal: causalScores({ n }).value,
    window: windowScores({ n, w: spec.window }).value,
    expectedName: expected.name,
    expected: expected.value,
  };
}

function receptiveFieldRows(spec: MaskSpec, n: number, layers: number): ReceptiveFieldRow[] {
  return receptiveFieldByLayer(spec, n, layers).map((row, l) => {
    const formula = spec.mode === "window" ? receptiveField({ layers: l + 1, w: spec.window }).value : null;
    return {
      layer: l + 1,
      reachable: Array.from(row),
      count: row.reduce((a, b) => a + b, 0),
      formula,
      formulaCapped: formula === null ? null : Math.min(formula, n),
    };
  });
}

function rowSumError(weights: Float64Array, mask: Uint8Array, n: number): number {
  let worst = 0;
  for (let i = 0; i < n; i++) {
    let sum = 0;
    for (let j = 0; j < n; j++) if (mask[i * n + j]) sum += weights[i * n + j]!;
    worst = Math.max(worst, Math.abs(sum - 1));
  }
  return worst;
}

/**
 * Yields the heatmap of a random head first, then the receptive field, then the
 * cost chart point by point, then the head learning to attend to the previous token.
 */
export function* runAttentionLab(input: AttentionSettings): Generator<LabUpdate<AttentionSnapshot>, void, void> {
  const s = validateSettings(input);
  const { tokens } = s;
  const n = tokens.length;
  const spec: MaskSpec = { mode: s.mask, window: s.window, globalTokens: s.mask === "window-global" ? s.globalTokens : 0 };
  const rng = makeRng(s.seed);
  const x = embed(tokens, MODEL_DIM, rng);
  const head = initHead(MODEL_DIM, rng);
  const mask = buildMask(spec, n);
  const queries = trainableQueries(mask, n);
  const first = forward(head, x, mask, n).weights;

  const snap: AttentionSnapshot = {
    tokens,
    n,
    mode: spec.mode,
    window: spec.window,
    globalTokens: spec.globalTokens,
    layers: s.layers,
    mask: Array.from(mask),
    weights: Array.from(first),
    rowSumError: rowSumError(first, mask, n),
    scores: scoreCounts(spec, n),
    receptiveField: null,
    cost: null,
    costAgrees: null,
    training: [],
    trainedQueries: queries.length,
    trainSteps: s.trainSteps,
  };
  // Progress budget: 10% receptive field, 50% cost chart, 40% training.
  yield { progress: 0.05, message: "Scored the sentence with a random head", data: { ...snap } };

  snap.receptiveField = receptiveFieldRows(spec, n, s.layers);
  yield { progress: 0.1, message: `Traced the receptive field through ${s.layers} layers`, data: { ...snap } };

  const cost: CostPoint[] = [];
  let agrees = true;
  const globalSpec: MaskSpec = { ...spec, mode: "window-global" };
  for (const [index, len] of COST_LENGTHS.entries()) {
    const point: CostPoint = {
      n: len,
      full: fullScores({ n: len }).value,
      causal: causalScores({ n: len }).value,
      window: windowScores({ n: len, w: spec.window }).value,
      windowGlobal: spec.mode === "window-global" ? countScores(globalSpec, len) : null,
    };
    // Count every mask cell by cell and hold it against the library's closed forms.
    for (const mode of ["full", "causal", "window"] as const) {
      if (countScores({ ...spec, mode }, len) !== point[mode]) agrees = false;
    }
    if (point.windowGlobal !== null && point.windowGlobal !== libraryCount(globalSpec, len).value) agrees = false;
    cost.push(point);
    snap.cost = [...cost];
    snap.costAgrees = agrees;
    yield { progress: 0.1 + (0.5 * (index + 1)) / COST_LENGTHS.length, message: `Counted scores for n = ${len}`, data: { ...snap } };
  }

  if (queries.length === 0 || s.trainSteps === 0) {
    const why = queries.length === 0 ? "No query can see its previous token under this mask, so there is nothing to train" : "Training is off";
    yield { progress: 1, message: why, data: { ...snap } };
    return;
  }
  const stepQ = makeAdam(head.wq.length, s.learningRate);
  const stepK = makeAdam(head.wk.length, s.learningRate);
  const every = Math.max(1, Math.round(s.trainSteps / 60));
  for (let step = 0; step <= s.trainSteps; step++) {
    const { loss, weights, gradWq, gradWk } = lossAndGradients(head, x, mask, n, queries);
    const report = step % every === 0 || step === s.trainSteps;
    if (report) {
      snap.training = [...snap.training, { step, loss, accuracy: previousTokenAccuracy(weights, queries, n) }];
      snap.weights = Array.from(weights);
      snap.rowSumError = rowSumError(weights, mask, n);
      yield { progress: 0.6 + (0.4 * step) / s.trainSteps, message: `Training the head, step ${step} of ${s.trainSteps}`, data: { ...snap } };
    }
    if (step < s.trainSteps) {
      stepQ(head.wq, gradWq);
      stepK(head.wk, gradWk);
    }
  }
}
