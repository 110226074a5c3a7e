import { ComputeError } from "@/lib/compute/compute-error";
import { evaluateFormula } from "@/lib/compute/formula-evaluate";
import type { ComputeResult, ComputeUnit } from "@/lib/compute/types";
import { resolveBinding, type ParamValues } from "./parameter-space";
import type { AnswerSpec } from "./template-schema";
import { resolveUnit } from "./units";

const BASE_UNIT = { bytes: "B", angle: "rad", count: "" } as const satisfies Record<string, ComputeUnit>;

/**
 * What a formula's `unit` means: the base unit its results are stored in and the factor from
 * the written unit to it ("GB" → B × 1e9, "deg" → rad × π/180, "%" → × 0.01), or null for a
 * unit Quizformer can't grade.
 */
export function formulaUnit(unit: string | undefined): { unit: ComputeUnit; factor: number } | null {
  const written = unit?.trim() ?? "";
  if (!written) return { unit: "", factor: 1 };
  for (const dimension of ["bytes", "angle", "count"] as const) {
    const r = resolveUnit(written, dimension);
    if (r.ok) return { unit: BASE_UNIT[dimension], factor: r.factor };
  }
  return null;
}

/** A formula answer's result for one draw, in base units like a library function's, with its worked steps. */
export function runFormulaAnswer(answer: AnswerSpec, values: ParamValues): ComputeResult {
  const unit = formulaUnit(answer.unit);
  if (!unit) throw new ComputeError("invalid_input", `formula: "${answer.unit}" is not a unit Quizformer can grade (sizes such as GB or MiB, angles, or plain-number scales such as %).`);
  const result = evaluateFormula(answer.formula ?? "", (name) => resolveBinding(name, values));
  const written = answer.unit?.trim();
  let steps: string[] | undefined;
  return {
    value: result.value * unit.factor,
    unit: unit.unit,
    get steps() {
      steps ??= written && /^\s*-?[\d.]+(?:e[+-]?\d+)?\s*$/i.test(answer.formula ?? "") ? [`The answer is given: ${answer.formula?.trim()} ${written}.`] : written ? result.steps().map((s) => s.replace(/ = ([^=]+)\.$/, ` = $1 ${written}.`)) : result.steps();
      return steps;
    },
  };
}
