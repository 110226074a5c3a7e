import { absmaxScale, asymScale, quantizeAbsmax, quantizeAsym } from "@/lib/topics/quantization/compute";
import { cloneMlp, evaluate, predict, type Mlp } from "./mlp";
import { errorStats, histogram, quantizeTensor, type ErrorStats, type QuantizedTensor, type QuantScheme } from "./quantize";
import type { Dataset } from "./spiral";
import { modelBytes, quantizedWeightBits } from "./storage";

export type SchemeResult = ErrorStats & {
  bits: number;
  scheme: QuantScheme;
  /** Group size for group-wise; null for the per-tensor schemes. */
  groupSize: number | null;
  groups: number;
  testAccuracy: number;
  testLoss: number;
  bitsPerWeight: number;
  quantizedBytes: number;
};

/** Quantizes every weight matrix (biases stay FP32) and returns the dequantized model. */
export function quantizeModel(model: Mlp, bits: number, scheme: QuantScheme, groupSize: number): { model: Mlp; tensors: QuantizedTensor[] } {
  const copy = cloneMlp(model, true);
  const tensors = model.layers.map((layer, l) => {
    const q = quantizeTensor(layer.w, bits, scheme, groupSize);
    copy.layers[l]!.w = q.dequantized;
    return q;
  });
  return { model: copy, tensors };
}

export function evaluateScheme(model: Mlp, test: Dataset, bits: number, scheme: QuantScheme, groupSize: number, weights: number, biases: number): SchemeResult {
  const { model: quantized, tensors } = quantizeModel(model, bits, scheme, groupSize);
  const { loss, accuracy } = evaluate(quantized, test);
  // One pass over all weights: the bound is checked against each weight's own group.
  const all = model.layers.map((l, i) => errorStats(l.w, tensors[i]!));
  const meanAbsError = all.reduce((s, e, i) => s + e.meanAbsError * model.layers[i]!.w.length, 0) / weights;
  const bytes = modelBytes(weights, biases, quantizedWeightBits(tensors.map((t) => t.groups), bits, scheme));
  return {
    bits,
    scheme,
    groupSize: scheme === "groupwise" ? groupSize : null,
    groups: tensors.reduce((s, t) => s + t.groups.length, 0),
    testAccuracy: accuracy,
    testLoss: loss,
    meanAbsError,
    maxAbsError: Math.max(...all.map((e) => e.maxAbsError)),
    maxHalfStep: Math.max(...all.map((e) => e.maxHalfStep)),
    worstBoundRatio: Math.max(...all.map((e) => e.worstBoundRatio)),
    bitsPerWeight: bytes.bitsPerWeight,
    quantizedBytes: bytes.quantizedBytes,
  };
}

export type LayerDetail = {
  name: string;
  rows: number;
  cols: number;
  /** Bin centres shared by the before/after histograms. */
  binCenters: number[];
  before: number[];
  after: number[];
  /** |w − ŵ| per weight, row-major, for the heatmap. */
  absError: number[];
  stats: ErrorStats;
  /** Step (Δ or scale) and zero point of the first group, to show the formula with numbers. */
  firstGroup: { step: number; zeroPoint: number; min: number; max: number; size: number };
};

/** One weight recomputed by lib/compute: the lab's code and the library's must be equal. */
export type LibraryCheck = { layer: string; index: number; x: number; labCode: number; libraryCode: number; labStep: number; libraryStep: number };

const HIST_BINS = 48;

export function layerName(l: number, count: number): string {
  return l === 0 ? "input → hidden 1" : l === count - 1 ? `hidden ${l} → output` : `hidden ${l} → hidden ${l + 1}`;
}

/** Histograms, error map and library cross-check for the scheme the user picked. */
export function describeScheme(model: Mlp, bits: number, scheme: QuantScheme, groupSize: number): { layers: LayerDetail[]; checks: LibraryCheck[]; quantized: Mlp } {
  const { model: quantized, tensors } = quantizeModel(model, bits, scheme, groupSize);
  const checks: LibraryCheck[] = [];
  const layers = model.layers.map((layer, l): LayerDetail => {
    const q = tensors[l]!;
    let maxAbs = 0;
    for (const v of layer.w) maxAbs = Math.max(maxAbs, Math.abs(v));
    const hi = maxAbs * 1.02 || 1;
    const width = (2 * hi) / HIST_BINS;
    const name = layerName(l, model.layers.length);
    const g0 = q.groups[0]!;
    // A few weights of the first group, recomputed by the formula library.
    for (let i = g0.start; i < Math.min(g0.end, g0.start + 3); i++) {
      const x = layer.w[i]!;
      const lib =
        scheme === "zeropoint"
          ? { code: quantizeAsym({ x, min: g0.min, max: g0.max, bits }).value, step: asymScale({ min: g0.min, max: g0.max, bits }).value }
          : { code: quantizeAbsmax({ x, maxAbs: g0.max, bits }).value, step: absmaxScale({ maxAbs: g0.max, bits }).value };
      checks.push({ layer: name, index: i, x, labCode: q.codes[i]!, libraryCode: lib.code, labStep: g0.step, libraryStep: lib.step });
    }
    return {
      name,
      rows: layer.nOut,
      cols: layer.nIn,
      binCenters: Array.from({ length: HIST_BINS }, (_, b) => -hi + (b + 0.5) * width),
      before: histogram(layer.w, -hi, hi, HIST_BINS),
      after: histogram(q.dequantized, -hi, hi, HIST_BINS),
      absError: Array.from(layer.w, (v, i) => Math.abs(v - q.dequantized[i]!)),
      stats: errorStats(layer.w, q),
      firstGroup: { step: g0.step, zeroPoint: g0.zeroPoint, min: g0.min, max: g0.max, size: g0.end - g0.start },
    };
  });
  return { layers, checks, quantized };
}

/** Predicted class on a size × size grid over [−1.1, 1.1]², row 0 at the top. */
export function decisionRegions(model: Mlp, size: number): number[] {
  const out: number[] = [];
  for (let r = 0; r < size; r++) {
    const y = 1.1 - (2.2 * (r + 0.5)) / size;
    for (let c = 0; c < size; c++) out.push(predict(model, -1.1 + (2.2 * (c + 0.5)) / size, y));
  }
  return out;
}
