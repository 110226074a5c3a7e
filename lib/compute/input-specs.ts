import { ComputeError } from "./compute-error";
import type { InputSpec } from "./types";

/** A whole number of things (tokens, layers, parameters), at least `min`. */
export const count = (label: string, unitLabel: string, min = 1): InputSpec => ({ label, unitLabel, integer: true, min });

/** A strictly positive real number (bytes per value, scales, β). */
export const positive = (label: string, unitLabel: string): InputSpec => ({ label, unitLabel, integer: false, min: 0, minExclusive: true });

/** Any finite real number: rewards, advantages and values to quantize may be negative. */
export const real = (label: string, unitLabel: string): InputSpec => ({ label, unitLabel, integer: false });

/** A log-probability in nats: never above 0, since a probability is at most 1. */
export const logProb = (label: string): InputSpec => ({ label, unitLabel: "nats (log-probability)", integer: false, max: 0 });

/**
 * For checks that involve more than one input (i < d/2, max > min), which the
 * per-input specs cannot express; names the input the author should change.
 */
export function invalidInput(fn: string, input: string, message: string): ComputeError {
  return new ComputeError("invalid_input", `${fn}: input "${input}" ${message}`, input);
}
