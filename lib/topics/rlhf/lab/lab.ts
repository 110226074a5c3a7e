import type { LabUpdate } from "@/lib/labs/protocol";
import { makeRng } from "@/lib/labs/seeded-rng";
import { makeAdam } from "./adam";
import { dpoGradient, dpoLoss } from "./dpo";
import { dpoCheck, ppoChecks, rewardModelChecks, type LibraryCheck } from "./library-checks";
import { expectation, klDivergence, logSoftmax } from "./policy";
import { collectBatch, klPenalizedObjective, ppoSurrogateGradient } from "./ppo";
import { samplePairs, type Pair } from "./preferences";
import { pairAccuracy, rewardModelGradient, rewardModelLoss, rewards } from "./reward-model";
import { validateRlhfSettings, type RlhfSettings } from "./settings";
import { FEATURE_NAMES, RESPONSES, TRUE_WEIGHTS, referenceLogProbs, trueUtility } from "./world";

export { DEFAULT_RLHF_SETTINGS, type RlhfSettings } from "./settings";
export type { LibraryCheck } from "./library-checks";

const HELD_OUT_PAIRS = 200;
const RM_STEPS = 300;
const RM_LEARNING_RATE = 0.05;
const PPO_BATCH = 64;
const PPO_EPOCHS = 4;
/** Columns of the "policy over training" heatmaps. */
const HISTORY_COLUMNS = 25;
/** Most points per curve, so a long run still posts small snapshots. */
const MAX_CURVE_POINTS = 200;

export type RewardModelPoint = { step: number; trainLoss: number; heldOutLoss: number; heldOutAccuracy: number };
export type PolicyPoint = { step: number; reward: number; kl: number; utility: number; objective: number };
export type DpoPoint = { step: number; loss: number; kl: number; utility: number };

export type PpoRun = {
  beta: number;
  curve: PolicyPoint[];
  probs: number[];
  /** Policy snapshots over training, one column per checkpoint. */
  history: number[][];
  /** The exact maximiser of E[r] − β·KL: π* ∝ π_ref·exp(r/β). PPO should approach it. */
  optimumProbs: number[];
  optimumKl: number;
  optimumUtility: number;
  /** Share of samples whose clipped term was active, averaged over all updates so far. */
  clipFraction: number;
  done: boolean;
};

export type DpoRun = { beta: number; curve: DpoPoint[]; probs: number[]; heldOutAccuracy: number; done: boolean };

export type RlhfSnapshot = {
  stage: "reward-model" | "ppo" | "dpo" | "done";
  responseNames: string[];
  featureNames: string[];
  /** K × D, row-major. */
  features: number[];
  trueUtility: number[];
  refProbs: number[];
  rewardModel: {
    curve: RewardModelPoint[];
    weights: number[];
    trueWeights: number[];
    rewards: number[];
    heldOutAccuracy: number;
    /** Accuracy of the hidden utility itself: the ceiling, since labels are noisy. */
    oracleAccuracy: number;
    trainPairs: number;
    heldOutPairs: number;
    done: boolean;
  };
  ppo: PpoRun[];
  dpo: DpoRun | null;
  checks: LibraryCheck[];
};

function every(total: number): number {
  return Math.max(1, Math.ceil(total / MAX_CURVE_POINTS));
}

export function* runRlhfLab(input: RlhfSettings): Generator<LabUpdate<RlhfSnapshot>, void, void> {
  const settings = validateRlhfSettings(input);
  const rng = makeRng(settings.seed);
  const features = RESPONSES.map((r) => r.features);
  const utility = RESPONSES.map(trueUtility);
  const names = RESPONSES.map((r) => r.name);
  const logRef = referenceLogProbs();
  const refProbs = logRef.map(Math.exp);
  const train = samplePairs(settings.pairs, refProbs, utility, rng);
  const heldOut = samplePairs(HELD_OUT_PAIRS, refProbs, utility, rng);
  const samplePair: Pair = heldOut[0]!;

  const snap: RlhfSnapshot = {
    stage: "reward-model",
    responseNames: names,
    featureNames: [...FEATURE_NAMES],
    features: features.flat(),
    trueUtility: utility,
    refProbs,
    rewardModel: {
      curve: [],
      weights: [],
      trueWeights: TRUE_WEIGHTS,
      rewards: [],
      heldOutAccuracy: 0,
      oracleAccuracy: pairAccuracy(utility, heldOut),
      trainPairs: train.length,
      heldOutPairs: heldOut.length,
      done: false,
    },
    ppo: [],
    dpo: null,
    checks: [],
  };
  // structuredClone: each yielded snapshot must stay as it was when later stages keep training.
  const update = (progress: number, message: string): LabUpdate<RlhfSnapshot> => ({ progress, message, data: structuredClone(snap) });

  // 1. Reward model: Bradley–Terry on the training pairs, full-batch.
  const w = new Array<number>(FEATURE_NAMES.length).fill(0);
  const rmAdam = makeAdam(w.length, RM_LEARNING_RATE);
  const rm = snap.rewardModel;
  for (let step = 0; step <= RM_STEPS; step++) {
    if (step > 0) rmAdam.step(w, rewardModelGradient(w, features, train));
    if (step % 5 === 0 || step === RM_STEPS) {
      const r = rewards(w, features);
      rm.heldOutAccuracy = pairAccuracy(r, heldOut);
      rm.curve.push({ step, trainLoss: rewardModelLoss(w, features, train), heldOutLoss: rewardModelLoss(w, features, heldOut), heldOutAccuracy: rm.heldOutAccuracy });
      rm.weights = [...w];
      rm.rewards = r;
    }
    if (step % 50 === 0 && step > 0) yield update((0.2 * step) / RM_STEPS, `Training the reward model, step ${step} of ${RM_STEPS}`);
  }
  rm.done = true;
  const reward = rm.rewards;
  snap.checks.push(...rewardModelChecks(reward, samplePair, names));

  // 2. PPO against the reward model with a KL penalty, once per β.
  snap.stage = "ppo";
  const betas = [settings.beta1, settings.beta2];
  for (let b = 0; b < betas.length; b++) {
    const beta = betas[b]!;
    const optimumLogp = logSoftmax(logRef.map((lr, y) => lr + reward[y]! / beta));
    const optimumProbs = optimumLogp.map(Math.exp);
    const run: PpoRun = {
      beta,
      curve: [],
      probs: refProbs,
      history: [],
      optimumProbs,
      optimumKl: klDivergence(optimumLogp, logRef),
      optimumUtility: expectation(optimumProbs, utility),
      clipFraction: 0,
      done: false,
    };
    snap.ppo.push(run);
    const logits = [...logRef];
    const adam = makeAdam(logits.length, settings.learningRate);
    const record = (step: number) => {
      const logp = logSoftmax(logits);
      run.probs = logp.map(Math.exp);
      run.curve.push({ step, reward: expectation(run.probs, reward), kl: klDivergence(logp, logRef), utility: expectation(run.probs, utility), objective: klPenalizedObjective(logits, reward, logRef, beta) });
    };
    const historyEvery = Math.max(1, Math.floor(settings.steps / (HISTORY_COLUMNS - 1)));
    record(0);
    run.history.push(run.probs);
    let lastSample = { name: names[0]!, ratio: 1, advantage: 0, epsilon: settings.epsilon };
    let clippedTotal = 0;
    for (let step = 1; step <= settings.steps; step++) {
      const batch = collectBatch(logits, reward, logRef, beta, PPO_BATCH, rng);
      for (let epoch = 0; epoch < PPO_EPOCHS; epoch++) {
        const { grad, clipFraction } = ppoSurrogateGradient(logits, batch, settings.epsilon);
        adam.step(logits, grad.map((g) => -g)); // ascend the surrogate
        clippedTotal += clipFraction;
      }
      run.clipFraction = clippedTotal / (step * PPO_EPOCHS);
      if (step % every(settings.steps) === 0 || step === settings.steps) record(step);
      if (step % historyEvery === 0 && run.history.length < HISTORY_COLUMNS) run.history.push(logSoftmax(logits).map(Math.exp));
      if (step === settings.steps) {
        const y = batch.actions[0]!;
        const ratio = Math.exp(logSoftmax(logits)[y]! - batch.oldLogProbs[0]!);
        lastSample = { name: names[y]!, ratio, advantage: batch.advantages[0]!, epsilon: settings.epsilon };
      }
      if (step % 25 === 0 || step === settings.steps) {
        yield update(0.2 + 0.3 * (b + step / settings.steps), `PPO with β = ${beta}, iteration ${step} of ${settings.steps}`);
      }
    }
    run.done = true;
    const logp = logSoftmax(logits);
    const top = logp.indexOf(Math.max(...logp));
    snap.checks.push(...ppoChecks(names[top]!, reward[top]!, logp[top]!, logRef[top]!, beta, lastSample));
  }

  // 3. DPO on the same training pairs: no reward model, no sampling.
  snap.stage = "dpo";
  const dpoSteps = settings.steps * PPO_EPOCHS; // as many updates as PPO made
  const dpo: DpoRun = { beta: settings.betaDpo, curve: [], probs: refProbs, heldOutAccuracy: 0, done: false };
  snap.dpo = dpo;
  const logits = [...logRef];
  const adam = makeAdam(logits.length, settings.learningRate);
  for (let step = 0; step <= dpoSteps; step++) {
    if (step > 0) adam.step(logits, dpoGradient(logits, logRef, train, settings.betaDpo));
    if (step % every(dpoSteps) === 0 || step === dpoSteps) {
      const logp = logSoftmax(logits);
      dpo.probs = logp.map(Math.exp);
      // DPO's implicit reward β·log(π/π_ref), ranked on the held-out pairs like the reward model.
      dpo.heldOutAccuracy = pairAccuracy(logp.map((lp, y) => lp - logRef[y]!), heldOut);
      dpo.curve.push({ step, loss: dpoLoss(logits, logRef, train, settings.betaDpo), kl: klDivergence(logp, logRef), utility: expectation(dpo.probs, utility) });
    }
    if (step > 0 && (step % 100 === 0 || step === dpoSteps)) yield update(0.8 + (0.2 * step) / dpoSteps, `DPO with β = ${settings.betaDpo}, step ${step} of ${dpoSteps}`);
  }
  dpo.done = true;
  snap.checks.push(dpoCheck(logSoftmax(logits), logRef, samplePair, settings.betaDpo));
  snap.stage = "done";
  yield update(1, "Reward model, PPO at two β, and DPO trained");
}
