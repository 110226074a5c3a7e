import { defineCompute } from "@/lib/compute/define";
import { fmt } from "@/lib/compute/format";
import { count, invalidInput, positive } from "@/lib/compute/input-specs";

const TOPIC = "peft" as const;

/**
 * DoRA keeps LoRA's B (d_out × r) and A (r × d_in) for the direction and adds a trainable
 * magnitude, one per output feature: the official code (NVlabs/DoRA) stores out_features
 * magnitudes and normalises each output's weight vector (the paper's column norm ‖·‖_c).
 */
export const DORA_PARAMS = defineCompute({
  name: "peft.dora_params",
  title: "DoRA trainable parameters (one matrix)",
  topic: TOPIC,
  description: "Trainable parameters DoRA adds to one weight matrix mapping d_in inputs to d_out outputs at rank r.",
  convention:
    "LoRA factors r(d_out + d_in) plus one magnitude per output feature (d_out); the frozen matrix is not counted. For a square matrix d_out = d_in, so the side does not matter.",
  inputs: {
    dOut: count("Output features d_out", "dimensions"),
    dIn: count("Input features d_in", "dimensions"),
    r: count("Rank r", "rank"),
  },
  outputUnit: "",
  outputLabel: "parameters",
  source: "DoRA, arXiv 2402.09353 (magnitude vector per output feature, as in the official NVlabs/DoRA code)",
  run: ({ dOut, dIn, r }) => {
    if (r > Math.min(dOut, dIn)) throw invalidInput("peft.dora_params", "r", `(rank) must be at most min(d_out, d_in) = ${Math.min(dOut, dIn)}; got ${r}.`);
    const lora = r * (dOut + dIn);
    const value = lora + dOut;
    return {
      value,
      unit: "",
      steps: () => [
        `Direction (LoRA on W₀): B is ${fmt(dOut)} × ${fmt(r)} and A is ${fmt(r)} × ${fmt(dIn)}: r(d_out + d_in) = ${fmt(lora)}.`,
        `Magnitude: one trainable scalar per output feature = ${fmt(dOut)}.`,
        `Total ${fmt(lora)} + ${fmt(dOut)} = ${fmt(value)} parameters (${fmt((100 * dOut) / lora)}% more than plain LoRA).`,
      ],
    };
  },
});

const scaleInputs = { alpha: positive("LoRA alpha α", "scale"), r: count("Rank r", "rank") };

/** The original LoRA factor: the update B·A is multiplied by α/r. */
export const LORA_SCALE = defineCompute({
  name: "peft.lora_scale",
  title: "LoRA scaling factor α/r",
  topic: TOPIC,
  description: "The factor standard LoRA multiplies its update B·A by.",
  convention: "γ = α / r; α is a fixed hyperparameter, r the rank.",
  inputs: scaleInputs,
  outputUnit: "",
  outputLabel: "scaling factor",
  source: "LoRA, arXiv 2106.09685 (ΔWx scaled by α/r)",
  run: ({ alpha, r }) => {
    const value = alpha / r;
    return { value, unit: "", steps: () => [`γ = α / r = ${fmt(alpha)} / ${fmt(r)} = ${fmt(value)}.`] };
  },
});

/** rsLoRA: γ = α/√r keeps the update's activations and gradients of order 1 as r grows. */
export const RSLORA_SCALE = defineCompute({
  name: "peft.rslora_scale",
  title: "rsLoRA scaling factor α/√r",
  topic: TOPIC,
  description: "The rank-stabilised factor rsLoRA multiplies the update B·A by.",
  convention: "γ = α / √r (PEFT: use_rslora=True sets lora_alpha/math.sqrt(r)).",
  inputs: scaleInputs,
  outputUnit: "",
  outputLabel: "scaling factor",
  source: "rsLoRA, arXiv 2312.03732",
  run: ({ alpha, r }) => {
    const value = alpha / Math.sqrt(r);
    return {
      value,
      unit: "",
      steps: () => [
        `γ = α / √r = ${fmt(alpha)} / ${fmt(Math.sqrt(r))} = ${fmt(value)}.`,
        `Standard LoRA would use α / r = ${fmt(alpha / r)}: √r = ${fmt(Math.sqrt(r))}× smaller, and the gap grows with the rank.`,
      ],
    };
  },
});

/**
 * IA³ learns one scaling vector for the keys, one for the values and one for the FFN's
 * intermediate activation in each layer. In a decoder-only model with grouped-query
 * attention the key and value projections are kvHeads × headDim wide.
 */
export const IA3_PARAMS = defineCompute({
  name: "peft.ia3_params",
  title: "IA³ trainable parameters (decoder-only model)",
  topic: TOPIC,
  description: "Trainable parameters of IA³ on a decoder-only transformer: a key, a value and a feed-forward scaling vector per layer.",
  convention:
    "layers × (2 · kvHeads · headDim + d_ff): l_k and l_v as wide as the key/value projections' outputs (KV heads under GQA), l_ff as wide as the FFN's intermediate activation (the input of the down-projection). Self-attention only; an encoder–decoder's decoder also scales cross-attention keys and values.",
  inputs: {
    layers: count("Layers", "layers"),
    kvHeads: count("Key/value heads", "heads"),
    headDim: count("Head dimension", "dimensions"),
    ffn: count("FFN intermediate width d_ff", "dimensions"),
  },
  outputUnit: "",
  outputLabel: "parameters",
  source: "(IA)³, arXiv 2205.05638; PEFT IA3 documentation",
  run: ({ layers, kvHeads, headDim, ffn }) => {
    const kv = kvHeads * headDim;
    const perLayer = 2 * kv + ffn;
    const value = layers * perLayer;
    return {
      value,
      unit: "",
      steps: () => [
        `l_k and l_v: ${fmt(kvHeads)} KV heads × ${fmt(headDim)} = ${fmt(kv)} entries each; l_ff: ${fmt(ffn)} entries.`,
        `Per layer ${fmt(kv)} + ${fmt(kv)} + ${fmt(ffn)} = ${fmt(perLayer)}; × ${fmt(layers)} layers = ${fmt(value)} parameters.`,
      ],
    };
  },
});

export const doraParams = DORA_PARAMS.call;
export const loraScale = LORA_SCALE.call;
export const rsloraScale = RSLORA_SCALE.call;
export const ia3Params = IA3_PARAMS.call;
