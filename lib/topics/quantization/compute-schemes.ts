import { defineCompute } from "@/lib/compute/define";
import { fmt } from "@/lib/compute/format";
import { count, positive } from "@/lib/compute/input-specs";

const TOPIC = "quantization" as const;

/** How many scales a d_out × d_in weight stores with groups of g along the input dimension. */
export const SCALE_COUNT = defineCompute({
  name: "quant.scale_count",
  title: "Number of scales of a quantized weight matrix",
  topic: TOPIC,
  description: "Scales stored for a weight matrix with rows output channels and cols input features, quantized in groups of g consecutive input features per row.",
  convention:
    "rows × ⌈cols/g⌉ (the layout AutoGPTQ stores: scales of shape ⌈in_features/g⌉ × out_features). g = cols is per-channel (one scale per output row); per-tensor is a single scale. Zero points, if any, come in the same number.",
  inputs: { rows: count("Output channels (rows)", "channels"), cols: count("Input features (columns)", "features"), groupSize: count("Group size g", "weights") },
  outputUnit: "",
  outputLabel: "scales",
  source: "AutoGPTQ qlinear_cuda.py (scales: ⌈infeatures/group_size⌉ × outfeatures); GPTQ grouping, arXiv 2210.17323",
  run: ({ rows, cols, groupSize }) => {
    const perRow = Math.ceil(cols / groupSize);
    const value = rows * perRow;
    return {
      value,
      unit: "",
      steps: () => [
        `Each row of ${fmt(cols)} input features splits into ⌈${fmt(cols)}/${fmt(groupSize)}⌉ = ${fmt(perRow)} group${perRow === 1 ? "" : "s"}, each with its own scale.`,
        `${fmt(rows)} rows × ${fmt(perRow)} = ${fmt(value)} scales.`,
      ],
    };
  },
});

/** SmoothQuant's per-input-channel smoothing factor s_j = max|X_j|^α / max|W_j|^(1−α). */
export const SMOOTHQUANT_SCALE = defineCompute({
  name: "quant.smoothquant_scale",
  title: "SmoothQuant smoothing factor",
  topic: TOPIC,
  description: "Factor s_j by which SmoothQuant divides activation channel j (and multiplies the matching weight row) before W8A8 quantization.",
  convention: "s_j = max|X_j|^α / max|W_j|^(1−α), with max|X_j| over calibration tokens and max|W_j| over the weights that channel j feeds; α = 0.5 by default. Afterwards X̂_j = X_j/s_j and Ŵ_j = s_j·W_j.",
  inputs: {
    maxAct: positive("Activation channel max max|X_j|", "value"),
    maxWeight: positive("Weight max max|W_j| for that input channel", "value"),
    alpha: { label: "Migration strength α", unitLabel: "exponent", integer: false, min: 0, max: 1 },
  },
  outputUnit: "",
  outputLabel: "smoothing factor s_j",
  source: "SmoothQuant, arXiv 2211.10438 (s_j = max|X_j|^α / max|W_j|^(1−α)); mit-han-lab/smoothquant smooth.py (alpha = 0.5)",
  run: ({ maxAct, maxWeight, alpha }) => {
    const num = maxAct ** alpha;
    const den = maxWeight ** (1 - alpha);
    const value = num / den;
    return {
      value,
      unit: "",
      steps: () => [
        `max|X_j|^α = ${fmt(maxAct)}^${fmt(alpha)} = ${fmt(num)}; max|W_j|^(1−α) = ${fmt(maxWeight)}^${fmt(1 - alpha)} = ${fmt(den)}.`,
        `s_j = ${fmt(num)} / ${fmt(den)} = ${fmt(value)}: the activation channel's max becomes ${fmt(maxAct)}/${fmt(value)} = ${fmt(maxAct / value)}, the weights' max ${fmt(maxWeight)} × ${fmt(value)} = ${fmt(maxWeight * value)}.`,
      ],
    };
  },
});

export const scaleCount = SCALE_COUNT.call;
export const smoothquantScale = SMOOTHQUANT_SCALE.call;
