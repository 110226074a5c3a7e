import { CAUSAL_SCORES, FULL_SCORES, KV_CACHE_BYTES, MATRIX_BYTES, RECEPTIVE_FIELD, WINDOW_SCORES } from "./attention";
import type { ComputeFunction } from "./types";

/** Every compute function, by name. Add new functions here. */
export const REGISTRY: ReadonlyMap<string, ComputeFunction> = new Map(
  ([FULL_SCORES, CAUSAL_SCORES, WINDOW_SCORES, RECEPTIVE_FIELD, MATRIX_BYTES, KV_CACHE_BYTES] as ComputeFunction[]).map((fn) => [fn.name, fn]),
);
