import { ComputeError } from "./compute-error";
import type { ComputeFunction, ComputeResult, InputSpec, RunResult } from "./types";

function checkInput(fn: string, name: string, spec: InputSpec, value: unknown): number {
  if (value === undefined || value === null) throw new ComputeError("missing_input", `${fn}: input "${name}" (${spec.label}) is missing.`, name);
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw new ComputeError("invalid_input", `${fn}: input "${name}" must be a finite number, got ${String(value)}.`, name);
  }
  if (spec.integer && !Number.isInteger(value)) {
    throw new ComputeError("invalid_input", `${fn}: input "${name}" (${spec.label}) must be a whole number, got ${value}.`, name);
  }
  if (spec.min !== undefined && (spec.minExclusive ? value <= spec.min : value < spec.min)) {
    throw new ComputeError(
      "invalid_input",
      `${fn}: input "${name}" (${spec.label}) must be ${spec.minExclusive ? "greater than" : "at least"} ${spec.min}, got ${value}.`,
      name,
    );
  }
  if (spec.max !== undefined && value > spec.max) {
    throw new ComputeError("invalid_input", `${fn}: input "${name}" (${spec.label}) must be at most ${spec.max}, got ${value}.`, name);
  }
  return value;
}

/** A result whose steps are written out on first read (a prototype getter keeps construction cheap). */
class LazyStepsResult implements ComputeResult {
  readonly value: number;
  readonly unit: ComputeResult["unit"];
  #thunk: () => string[];
  #steps: string[] | undefined;
  constructor(result: RunResult) {
    this.value = result.value;
    this.unit = result.unit;
    this.#thunk = result.steps;
  }
  get steps(): string[] {
    this.#steps ??= this.#thunk();
    return this.#steps;
  }
  toJSON(): ComputeResult {
    return { value: this.value, unit: this.unit, steps: this.steps };
  }
}

/** Validates inputs against the function's specs, runs it, and refuses non-finite results. */
export function callCompute<I extends string>(fn: ComputeFunction<I>, inputs: Readonly<Record<string, unknown>>): ComputeResult {
  const checked = {} as Record<I, number>;
  for (const name of Object.keys(fn.inputs) as I[]) checked[name] = checkInput(fn.name, name, fn.inputs[name], inputs[name]);
  const result = fn.run(checked);
  if (!Number.isFinite(result.value)) {
    throw new ComputeError("non_finite_result", `${fn.name}: the result is not a finite number for these inputs.`);
  }
  return new LazyStepsResult(result);
}

/**
 * Declares a compute function and returns it with a typed caller, so each topic
 * exports `windowScores({ n, w })` as well as the registry entry.
 */
export function defineCompute<I extends string>(fn: ComputeFunction<I>): ComputeFunction<I> & { call(inputs: Record<I, number>): ComputeResult } {
  return { ...fn, call: (inputs: Record<I, number>) => callCompute(fn, inputs) };
}
