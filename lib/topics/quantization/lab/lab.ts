import type { LabUpdate } from "@/lib/labs/protocol";
import { makeRng } from "@/lib/labs/seeded-rng";
import { createMlp, evaluate, lossAndGradient, parameterCount, zerosLike } from "./mlp";
import { makeOptimizer } from "./optimizer";
import type { QuantScheme } from "./quantize";
import { decisionRegions, describeScheme, evaluateScheme, type LayerDetail, type LibraryCheck, type SchemeResult } from "./schemes";
import { makeSpiral, splitDataset } from "./spiral";
import { DEFAULT_QUANTIZATION_SETTINGS, TARGET_TEST_ACCURACY, validateSettings, type QuantizationSettings } from "./settings";
import { modelBytes } from "./storage";

export { DEFAULT_QUANTIZATION_SETTINGS, TARGET_TEST_ACCURACY, type QuantizationSettings };

const POINTS_PER_CLASS = 200;
const NOISE = 0.2;
const TEST_FRACTION = 0.2;
const BATCH = 32;
const REGION_GRID = 40;

export type CurvePoint = { epoch: number; trainLoss: number; trainAccuracy: number; testAccuracy: number };

export type QuantizationSnapshot = {
  phase: "training" | "quantized";
  epoch: number;
  epochs: number;
  curve: CurvePoint[];
  targetTestAccuracy: number;
  parameters: { weights: number; biases: number };
  trainPoints: number;
  testPoints: number;
  fp32: { testAccuracy: number; testLoss: number; bytes: number };
  /** Null until training ends. */
  results: {
    /** Every bits × scheme combination, group-wise at the chosen group size. */
    schemes: SchemeResult[];
    selected: { bits: number; scheme: QuantScheme; groupSize: number; layers: LayerDetail[]; checks: LibraryCheck[] };
    regions: { size: number; fp32: number[]; quantized: number[] };
  } | null;
};

/**
 * Trains a 2 → h → h → 3 MLP on a three-arm spiral with hand-written backprop,
 * then quantizes its weight matrices to INT8 and INT4 three ways and measures
 * what each costs in error, accuracy and bytes.
 */
export function* runQuantizationLab(input: QuantizationSettings): Generator<LabUpdate<QuantizationSnapshot>, void, void> {
  const settings = validateSettings(input);
  const rng = makeRng(settings.seed);
  const { train, test } = splitDataset(makeSpiral(POINTS_PER_CLASS, NOISE, rng), TEST_FRACTION, rng);
  const model = createMlp([2, settings.hidden, settings.hidden, 3], settings.activation, rng);
  const grad = zerosLike(model);
  const optimizer = makeOptimizer(settings.optimizer, settings.learningRate, model);
  const { weights, biases } = parameterCount(model);
  const fp32Bytes = modelBytes(weights, biases, 32 * weights).fp32Bytes;
  const curve: CurvePoint[] = [];
  const order = Array.from({ length: train.n }, (_, i) => i);

  const snapshot = (phase: QuantizationSnapshot["phase"], epoch: number, results: QuantizationSnapshot["results"]): QuantizationSnapshot => {
    const fp32 = evaluate(model, test);
    return {
      phase,
      epoch,
      epochs: settings.epochs,
      curve: curve.slice(),
      targetTestAccuracy: TARGET_TEST_ACCURACY,
      parameters: { weights, biases },
      trainPoints: train.n,
      testPoints: test.n,
      fp32: { testAccuracy: fp32.accuracy, testLoss: fp32.loss, bytes: fp32Bytes },
      results,
    };
  };

  for (let epoch = 1; epoch <= settings.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = rng.int(i + 1);
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let lossSum = 0;
    for (let start = 0; start < order.length; start += BATCH) {
      const batch = order.slice(start, start + BATCH);
      lossSum += lossAndGradient(model, train, batch, grad) * batch.length;
      optimizer.step(model, grad);
    }
    const trainEval = evaluate(model, train);
    const testEval = evaluate(model, test);
    curve.push({ epoch, trainLoss: lossSum / train.n, trainAccuracy: trainEval.accuracy, testAccuracy: testEval.accuracy });
    if (epoch === 1 || epoch % 5 === 0 || epoch === settings.epochs) {
      yield {
        progress: (0.9 * epoch) / settings.epochs,
        message: `Training the FP32 model, epoch ${epoch} of ${settings.epochs}`,
        data: snapshot("training", epoch, null),
      };
    }
  }

  const schemes: SchemeResult[] = [];
  for (const bits of [8, 4]) {
    for (const scheme of ["absmax", "zeropoint", "groupwise"] as const) {
      schemes.push(evaluateScheme(model, test, bits, scheme, settings.groupSize, weights, biases));
    }
  }
  const detail = describeScheme(model, settings.bits, settings.scheme, settings.groupSize);
  yield {
    progress: 1,
    message: "Quantized the weights to INT8 and INT4 with all three schemes",
    data: snapshot("quantized", settings.epochs, {
      schemes,
      selected: { bits: settings.bits, scheme: settings.scheme, groupSize: settings.groupSize, layers: detail.layers, checks: detail.checks },
      regions: { size: REGION_GRID, fp32: decisionRegions(model, REGION_GRID), quantized: decisionRegions(detail.quantized, REGION_GRID) },
    }),
  };
}
