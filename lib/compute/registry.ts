import {
  CAUSAL_SCORES,
  FULL_SCORES,
  GQA_CACHE_RATIO,
  KV_CACHE_BYTES,
  KV_CACHE_BYTES_PER_TOKEN,
  MATRIX_BYTES,
  RECEPTIVE_FIELD,
  ROLLING_BUFFER_SLOT,
  WINDOW_SCORES,
} from "./attention";
import { ADAPTER_PARAMS, FULL_ADAM_BYTES, LORA_MODEL_PARAMS, LORA_PARAMS, PROMPT_TUNING_PARAMS, TRAINABLE_SHARE } from "./peft";
import {
  ABSMAX_SCALE,
  ASYM_SCALE,
  ASYM_ZERO_POINT,
  COMPRESSION_RATIO,
  GROUPWISE_BITS,
  NF4_DOUBLE_QUANT_BITS,
  NF4_TOTAL_BITS,
  QUANTIZE_ABSMAX,
  QUANTIZE_ASYM,
  WEIGHT_BYTES,
} from "./quantization";
import { CONSTANT_VALUE } from "./constant";
import { BT_PROBABILITY, DPO_LOSS, GRPO_ADVANTAGE, KL_PENALIZED_REWARD, PPO_CLIP, PREFERENCE_PAIRS, RM_LOSS } from "./rlhf";
import { ROPE_ANGLE, ROPE_NTK_BASE, ROPE_PI_ANGLE, ROPE_THETA, ROPE_WAVELENGTH } from "./rope";
import type { ComputeFunction } from "./types";

// Grouped by topic, in the order the authoring UI lists them.
const ALL = [
  FULL_SCORES,
  CAUSAL_SCORES,
  WINDOW_SCORES,
  RECEPTIVE_FIELD,
  MATRIX_BYTES,
  KV_CACHE_BYTES,
  KV_CACHE_BYTES_PER_TOKEN,
  GQA_CACHE_RATIO,
  ROLLING_BUFFER_SLOT,
  ROPE_THETA,
  ROPE_ANGLE,
  ROPE_WAVELENGTH,
  ROPE_PI_ANGLE,
  ROPE_NTK_BASE,
  WEIGHT_BYTES,
  GROUPWISE_BITS,
  ABSMAX_SCALE,
  QUANTIZE_ABSMAX,
  ASYM_SCALE,
  ASYM_ZERO_POINT,
  QUANTIZE_ASYM,
  NF4_DOUBLE_QUANT_BITS,
  NF4_TOTAL_BITS,
  COMPRESSION_RATIO,
  LORA_PARAMS,
  LORA_MODEL_PARAMS,
  ADAPTER_PARAMS,
  PROMPT_TUNING_PARAMS,
  TRAINABLE_SHARE,
  FULL_ADAM_BYTES,
  BT_PROBABILITY,
  RM_LOSS,
  KL_PENALIZED_REWARD,
  DPO_LOSS,
  PPO_CLIP,
  GRPO_ADVANTAGE,
  PREFERENCE_PAIRS,
  CONSTANT_VALUE,
] as ComputeFunction[];

/** Every compute function, by name. Add new functions here. */
export const REGISTRY: ReadonlyMap<string, ComputeFunction> = byName(ALL);

// A Map would let a second function silently replace the first of the same name.
function byName(fns: ComputeFunction[]): Map<string, ComputeFunction> {
  const map = new Map<string, ComputeFunction>();
  for (const fn of fns) {
    if (map.has(fn.name)) throw new Error(`Two compute functions are named "${fn.name}".`);
    map.set(fn.name, fn);
  }
  return map;
}
