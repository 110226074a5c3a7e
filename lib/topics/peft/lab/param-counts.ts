import { adapterParams, loraModelParams, loraParams, trainableShare } from "@/lib/topics/peft/compute";
import type { NetShape } from "./network";

export type MethodKey = "full" | "lora" | "adapter";

/** One method's trainable parameters, from the formula library and from the optimiser's own list. */
export type ParamCount = {
  method: MethodKey;
  label: string;
  /** The formula as shown to students. */
  formula: string;
  /** The value from lib/compute (full fine-tuning: the architecture's own sum). */
  fromFormula: number;
  /** Σ sizes of the Params handed to the optimiser; null until fine-tuning starts. */
  fromOptimiser: number | null;
  /** fromFormula / base parameters, from peft.trainable_share. */
  share: number;
};

/** Every weight and bias of the base MLP: input layer, L square hidden layers, scalar head. */
export function baseParameterCount({ inputDim, width, hiddenLayers }: NetShape): number {
  return inputDim * width + width + hiddenLayers * (width * width + width) + width + 1;
}

export function formulaCounts(shape: NetShape, rank: number, adapterSize: number): ParamCount[] {
  const { width: d, hiddenLayers: layers } = shape;
  const base = baseParameterCount(shape);
  const perMatrix = loraParams({ d, k: d, r: rank }).value;
  const lora = loraModelParams({ layers, matricesPerLayer: 1, d, k: d, r: rank }).value;
  const adapter = layers * adapterParams({ d, m: adapterSize }).value;
  const share = (n: number) => trainableShare({ trainableParams: n, baseParams: base }).value;
  return [
    {
      method: "full",
      label: "Full fine-tuning",
      formula: `d_in·d + d + L(d² + d) + d + 1 = ${base}`,
      fromFormula: base,
      fromOptimiser: null,
      share: share(base),
    },
    {
      method: "lora",
      label: "LoRA",
      formula: `peft.lora_model_params: L × r(d + k) = ${layers} × ${perMatrix} = ${lora}`,
      fromFormula: lora,
      fromOptimiser: null,
      share: share(lora),
    },
    {
      method: "adapter",
      label: "Adapter",
      formula: `L × peft.adapter_params: ${layers} × (2md + d + m) = ${adapter}`,
      fromFormula: adapter,
      fromOptimiser: null,
      share: share(adapter),
    },
  ];
}
