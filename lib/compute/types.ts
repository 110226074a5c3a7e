import type { TopicSlug } from "@/lib/topics/topic-list";

/**
 * Units of a compute result, written the way the units library writes them:
 * "B" bytes, "b" bits, "rad" radians, "" for counts, tokens, parameters, ratios
 * and other dimensionless values.
 */
export type ComputeUnit = "B" | "b" | "rad" | "";


/** One input of a compute function, as the authoring UI lists it. */
export type InputSpec = {
  label: string;
  /** What the number counts or measures, for humans: "tokens", "layers", "bits", "logits". */
  unitLabel: string;
  integer: boolean;
  /** Inclusive lower bound unless `minExclusive`. */
  min?: number;
  minExclusive?: boolean;
  /** Inclusive upper bound. */
  max?: number;
};

export type ComputeResult = { value: number; unit: ComputeUnit; steps: string[] };

/**
 * What a function's `run` returns: the steps as a thunk, because writing them out
 * (number formatting) costs more than the arithmetic and most callers — grading,
 * distractors — never read them. `compute()` exposes them as a lazy `steps` array.
 */
export type RunResult = { value: number; unit: ComputeUnit; steps: () => string[] };

/** What the registry tells the authoring UI about a function (everything except the code). */
export type ComputeDescription = {
  name: string;
  title: string;
  topic: TopicSlug;
  description: string;
  /** The convention the formula follows, stated for students and authors. */
  convention?: string;
  inputs: Record<string, InputSpec>;
  outputUnit: ComputeUnit;
  outputLabel: string;
  /** Where the formula comes from (paper, spec or documentation), shown with every worked answer. */
  source: string;
};

export type ComputeFunction<I extends string = string> = ComputeDescription & {
  inputs: Record<I, InputSpec>;
  /** Runs on inputs already validated against `inputs`. */
  run(inputs: Record<I, number>): RunResult;
};
