import { getComputeDescription } from "@/lib/compute/index";
import { FORMULA_FN, formulaVariables, parseFormula } from "@/lib/compute/formula-parse";
import type { ComputeUnit } from "@/lib/compute/types";
import { formulaUnit } from "./formula-answer";
import type { AnswerSpec, ParameterSpec } from "./template-schema";
import { isDisplayUnitFor } from "./units";

/** The base unit an answer's results come in, or undefined when its function is unknown. */
export function answerUnit(answer: AnswerSpec): ComputeUnit | undefined {
  if (answer.fn === FORMULA_FN) return formulaUnit(answer.unit)?.unit;
  return getComputeDescription(answer.fn)?.outputUnit;
}

/**
 * A formula answer's static problems: it must parse, read only parameters (the same checks
 * as a binding, through `checkBinding`), and its unit must be one the display unit can show.
 * Whether it gives a finite number is left to the sampled draws.
 */
export function formulaErrors(where: string, answer: AnswerSpec, displayUnit: string | undefined, checkBinding: (where: string, b: string) => void): string[] {
  const errors: string[] = [];
  let variables: string[];
  try {
    variables = formulaVariables(parseFormula(answer.formula ?? ""));
  } catch (error) {
    return [`${where}: ${error instanceof Error ? error.message : String(error)}`];
  }
  for (const name of variables) checkBinding(`${where} formula`, name);
  const unit = formulaUnit(answer.unit);
  if (!unit) errors.push(`${where}: "${answer.unit}" is not a unit Quizformer can grade (sizes such as GB or MiB, angles, or plain-number scales such as %).`);
  else if (displayUnit !== undefined && !isDisplayUnitFor(displayUnit, unit.unit)) {
    errors.push(`${where}: display unit "${displayUnit}" can't show the formula's result (${answer.unit?.trim() || "a plain number"}).`);
  }
  return errors;
}

/** Choice parameters of one dataset are drawn by item number, so each must list as many values. */
export function datasetErrors(parameters: readonly ParameterSpec[]): string[] {
  const lengths = new Map<string, { name: string; count: number }[]>();
  for (const p of parameters) {
    if (p.kind !== "choice" || p.dataset === undefined) continue;
    lengths.set(p.dataset, [...(lengths.get(p.dataset) ?? []), { name: p.name, count: p.values.length }]);
  }
  const errors: string[] = [];
  for (const [dataset, members] of lengths) {
    if (new Set(members.map((m) => m.count)).size > 1) {
      errors.push(`Dataset "${dataset}": its parameters are drawn together, so each needs as many values (${members.map((m) => `${m.name}: ${m.count}`).join(", ")}).`);
    }
  }
  return errors;
}
