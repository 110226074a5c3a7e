import { defineCompute } from "@/lib/compute/define";
import { fmt, fmtBytes } from "@/lib/compute/format";
import { count, invalidInput } from "@/lib/compute/input-specs";

const TOPIC = "peft" as const;
const LORA = "LoRA, arXiv 2106.09685";

/** A rank above min(d, k) adds parameters without adding expressiveness: B·A cannot exceed that rank. */
function checkRank(fn: string, d: number, k: number, r: number): void {
  if (r > Math.min(d, k)) throw invalidInput(fn, "r", `(LoRA rank) must be at most min(d, k) = ${Math.min(d, k)}; got ${r}.`);
}

const loraInputs = { d: count("Output dimension d", "dimensions"), k: count("Input dimension k", "dimensions"), r: count("Rank r", "rank") };

/** ΔW = B·A with B ∈ ℝ^{d×r}, A ∈ ℝ^{r×k}: d·r + r·k = r(d + k) trainable parameters instead of d·k. */
export const LORA_PARAMS = defineCompute({
  name: "peft.lora_params",
  title: "LoRA trainable parameters (one matrix)",
  topic: TOPIC,
  description: "Trainable parameters LoRA adds to one d × k weight matrix at rank r.",
  convention: "B is d × r, A is r × k: r(d + k) parameters; the frozen d × k matrix is not counted.",
  inputs: loraInputs,
  outputUnit: "",
  outputLabel: "parameters",
  source: LORA,
  run: ({ d, k, r }) => {
    checkRank("peft.lora_params", d, k, r);
    const value = r * (d + k);
    return {
      value,
      unit: "",
      steps: () => [
        `B (${fmt(d)} × ${fmt(r)}) + A (${fmt(r)} × ${fmt(k)}): r(d + k) = ${fmt(r)} × (${fmt(d)} + ${fmt(k)}) = ${fmt(value)} parameters.`,
        `Full fine-tuning of the matrix would train d·k = ${fmt(d * k)}: LoRA trains ${fmt((100 * value) / (d * k))}% of that.`,
      ],
    };
  },
});

/** The same r(d + k) for every adapted matrix, times matrices per layer, times layers. */
export const LORA_MODEL_PARAMS = defineCompute({
  name: "peft.lora_model_params",
  title: "LoRA trainable parameters (whole model)",
  topic: TOPIC,
  description: "Trainable LoRA parameters when the same-shaped d × k matrices are adapted in every layer.",
  convention: "layers × matrices per layer × r(d + k); assumes every adapted matrix is d × k (e.g. W_q and W_v of a d_model × d_model attention).",
  inputs: { layers: count("Layers", "layers"), matricesPerLayer: count("Adapted matrices per layer", "matrices"), ...loraInputs },
  outputUnit: "",
  outputLabel: "parameters",
  source: LORA,
  run: ({ layers, matricesPerLayer, d, k, r }) => {
    checkRank("peft.lora_model_params", d, k, r);
    const perMatrix = r * (d + k);
    const value = layers * matricesPerLayer * perMatrix;
    return {
      value,
      unit: "",
      steps: () => [
        `Per matrix: r(d + k) = ${fmt(r)} × ${fmt(d + k)} = ${fmt(perMatrix)}.`,
        `× ${fmt(matricesPerLayer)} matrices × ${fmt(layers)} layers = ${fmt(value)} parameters.`,
      ],
    };
  },
});

/** Houlsby bottleneck d → m → d: down-projection md + m biases, up-projection md + d biases. */
export const ADAPTER_PARAMS = defineCompute({
  name: "peft.adapter_params",
  title: "Bottleneck adapter parameters",
  topic: TOPIC,
  description: "Parameters of one Houlsby adapter: a d → m → d bottleneck with biases and a residual connection.",
  convention: "Weights 2md plus biases d + m: 2md + d + m per adapter (Houlsby et al. insert two per layer).",
  inputs: { d: count("Model width d", "dimensions"), m: count("Bottleneck width m", "dimensions") },
  outputUnit: "",
  outputLabel: "parameters",
  source: "Adapters (Houlsby et al.), arXiv 1902.00751",
  run: ({ d, m }) => {
    const value = 2 * m * d + d + m;
    return {
      value,
      unit: "",
      steps: () => [
        `Down-projection d × m = ${fmt(d * m)} weights + ${fmt(m)} biases; up-projection m × d = ${fmt(d * m)} weights + ${fmt(d)} biases.`,
        `2md + d + m = ${fmt(2 * m * d)} + ${fmt(d)} + ${fmt(m)} = ${fmt(value)} parameters.`,
      ],
    };
  },
});

/** Prompt tuning trains only k soft-prompt vectors of the model width d: k·d. */
export const PROMPT_TUNING_PARAMS = defineCompute({
  name: "peft.prompt_tuning_params",
  title: "Prompt tuning parameters",
  topic: TOPIC,
  description: "Trainable parameters of a soft prompt of k tokens on a frozen model of width d.",
  convention: "k · d: one trainable embedding per prompt token, input layer only (prefix tuning adds prefixes at every layer).",
  inputs: { tokens: count("Soft-prompt tokens k", "tokens"), d: count("Model width d", "dimensions") },
  outputUnit: "",
  outputLabel: "parameters",
  source: "Prompt tuning, arXiv 2104.08691",
  run: ({ tokens, d }) => {
    const value = tokens * d;
    return { value, unit: "", steps: () => [`k · d = ${fmt(tokens)} tokens × ${fmt(d)} dimensions = ${fmt(value)} parameters.`] };
  },
});

/** Share of the base model's parameter count that a PEFT method trains, as a fraction. */
export const TRAINABLE_SHARE = defineCompute({
  name: "peft.trainable_share",
  title: "Trainable share of parameters",
  topic: TOPIC,
  description: "Trainable (added) parameters as a fraction of the frozen base model's parameters.",
  convention: "trainable / base, as a fraction (0.01 = 1%); base is the frozen model, not base + added.",
  inputs: { trainableParams: count("Trainable parameters", "parameters"), baseParams: count("Base model parameters", "parameters") },
  outputUnit: "",
  outputLabel: "fraction",
  source: "LoRA, arXiv 2106.09685 (trainable parameters as a share of the frozen model)",
  run: ({ trainableParams, baseParams }) => {
    const value = trainableParams / baseParams;
    return {
      value,
      unit: "",
      steps: () => [
        `${fmt(trainableParams)} / ${fmt(baseParams)} = ${fmt(value)} = ${fmt(100 * value)}% of the base model.`,
        `Equivalently ${fmt(baseParams / trainableParams)}× fewer trainable parameters than full fine-tuning.`,
      ],
    };
  },
});

/**
 * Mixed-precision Adam keeps 16 bytes per parameter before activations:
 * FP16 weights 2 + FP16 gradients 2 + FP32 master weights 4 + FP32 Adam
 * moments 4 + 4 (ZeRO's 2Ψ + 2Ψ + 12Ψ).
 */
export const FULL_ADAM_BYTES = defineCompute({
  name: "finetune.full_adam_bytes",
  title: "Full fine-tuning memory with Adam (model states)",
  topic: TOPIC,
  description: "Bytes of weights, gradients and optimizer state for full fine-tuning with mixed-precision Adam.",
  convention: "16 bytes per parameter: FP16 weights 2 + FP16 gradients 2 + FP32 master weights 4 + Adam moments 8; activations and buffers not included.",
  inputs: { params: count("Parameters", "parameters") },
  outputUnit: "B",
  outputLabel: "memory",
  source: "ZeRO, arXiv 1910.02054",
  run: ({ params }) => {
    const value = 16 * params;
    return {
      value,
      unit: "B",
      steps: () => [
        `Per parameter: 2 (FP16 weights) + 2 (FP16 gradients) + 4 (FP32 master weights) + 8 (two FP32 Adam moments) = 16 bytes.`,
        `${fmt(params)} × 16 = ${fmtBytes(value)}.`,
      ],
    };
  },
});

export const loraParams = LORA_PARAMS.call;
export const loraModelParams = LORA_MODEL_PARAMS.call;
export const adapterParams = ADAPTER_PARAMS.call;
export const promptTuningParams = PROMPT_TUNING_PARAMS.call;
export const trainableShare = TRAINABLE_SHARE.call;
export const fullAdamBytes = FULL_ADAM_BYTES.call;
