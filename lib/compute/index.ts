import { ComputeError } from "./compute-error";
import { callCompute } from "./define";
import { REGISTRY } from "./registry";
import type { ComputeDescription, ComputeFunction, ComputeResult } from "./types";

/**
 * The one entry point for computed answers: runs the named function on the
 * inputs, returning the value in base units (B, b, rad, or "" for counts),
 * its unit, and the worked steps shown to students. Throws ComputeError
 * (naming the input) for unknown names and invalid inputs; never returns NaN.
 */
export function compute(name: string, inputs: Readonly<Record<string, number>>): ComputeResult {
  const fn = REGISTRY.get(name);
  if (!fn) throw new ComputeError("unknown_function", `Unknown compute function "${name}".`);
  return callCompute(fn, inputs);
}

/** What the authoring UI lists: every function with its inputs, ranges and output unit. */
export function describeComputeFunctions(): ComputeDescription[] {
  return [...REGISTRY.values()].map(describe);
}

export function getComputeDescription(name: string): ComputeDescription | undefined {
  const fn = REGISTRY.get(name);
  return fn ? describe(fn) : undefined;
}

// Plain data only (no code), so descriptions can be sent to the browser.
function describe(fn: ComputeFunction): ComputeDescription {
  const { name, title, topic, description, convention, inputs, outputUnit, outputLabel, source } = fn;
  return { name, title, topic, description, convention, inputs, outputUnit, outputLabel, source };
}

export { ComputeError };
export type { ComputeDescription, ComputeResult };
