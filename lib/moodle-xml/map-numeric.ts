import { evaluateFormula } from "@/lib/compute/formula-evaluate";
import { FORMULA_FN, formulaVariables, parseFormula, type FormulaNode } from "@/lib/compute/formula-parse";
import { formulaUnit } from "@/lib/questions/formula-answer";
import type { TemplateInput } from "@/lib/questions/template-schema";
import type { MoodleCalculatedAnswer, MoodleDataset, MoodleQuestion, MoodleUnits } from "./moodle-types";

type Numeric = Extract<TemplateInput, { kind: "numeric" }>;
/** The numeric parts of a template that a numerical or calculated question gives. */
export type NumericParts = Pick<Numeric, "answer" | "display" | "tolerance" | "unitPenalty"> & { parameters: NonNullable<Numeric["parameters"]>; promptSuffix?: string };
type Report = { warn: (message: string, line?: number) => void; fail: (message: string, line?: number) => undefined };

/** The dataset name that ties wildcards read item by item: Moodle's draw k takes item k of each. */
export const ITEMS_DATASET = "items";
/** Moodle's dataset pages offer at most 100 items per wildcard. */
export const MAX_DATASET_ITEMS = 100;
/** Quizformer's relative tolerance is at most 50 %. */
const MAX_RELATIVE = 0.5;

type UnitMapping = { unit?: string; displayUnit: string; factor: number; unitPenalty?: number; promptSuffix?: string };

/** Moodle's units: the one with multiplier 1 is the answer's; Quizformer converts the others itself when it knows them. */
export function mapUnits(units: MoodleUnits, report: Report): UnitMapping {
  if (!units.units.length) return { displayUnit: "", factor: 1 };
  const base = units.units.find((u) => u.multiplier === 1) ?? units.units[0]!;
  if (base.multiplier !== 1) report.warn(`no unit has multiplier 1; "${base.name}" is taken as the answer's unit`, units.line);
  const resolved = formulaUnit(base.name);
  if (!resolved) {
    report.warn(`the unit "${base.name}" can't be graded (Quizformer grades sizes such as GB, angles and plain-number scales such as %): the answer is a plain number, and the question asks for it in ${base.name}`, units.line);
    return { displayUnit: "", factor: 1, promptSuffix: `Give the answer in ${base.name}.` };
  }
  for (const u of units.units) {
    if (u === base) continue;
    const other = formulaUnit(u.name);
    if (!other || other.unit !== resolved.unit || Math.abs(other.factor * u.multiplier - resolved.factor) > 1e-9 * resolved.factor) {
      report.warn(`the unit "${u.name}" (multiplier ${u.multiplier}) is not accepted: Quizformer converts only between the units it knows`, units.line);
    }
  }
  if (units.showUnits === 1 || units.showUnits === 2) report.warn("students type the unit (Moodle offered a list of units to choose from)", units.line);
  let unitPenalty: number | undefined;
  if ((units.gradingType === 1 || units.gradingType === 2) && units.penalty > 0) {
    if (resolved.unit === "") report.warn(`the unit penalty (${units.penalty}) is not carried: "${base.name}" scales a plain number, which has no unit to leave out`, units.line);
    else unitPenalty = Math.min(1, units.penalty);
  }
  return { unit: base.name, displayUnit: base.name, factor: resolved.factor, unitPenalty };
}

/** Enough significant digits to show a number exactly (1–12). */
export function significantDigits(value: number): number {
  const mantissa = Math.abs(value).toExponential().split("e")[0]!.replace(".", "");
  return Math.min(12, Math.max(1, mantissa.length));
}

/** Numerical: the first fully right answer, its tolerance absolute (± in the answer's unit). */
export function mapNumerical(q: Extract<MoodleQuestion, { kind: "numerical" }>, report: Report): NumericParts | undefined {
  const right = q.answers.find((a) => a.fraction === 100);
  if (!right) return report.fail("no answer has fraction 100; a Quizformer numeric question needs its right answer", q.line);
  for (const a of q.answers) if (a !== right) report.warn(`only the first fully right answer is kept: "${a.text.text}" (${a.fraction}%) is dropped`, a.line);
  const value = Number(right.text.text);
  if (right.text.text === "*" || !Number.isFinite(value)) return report.fail(`the answer "${right.text.text}" is not a number`, right.line);
  const units = mapUnits(q.units, report);
  return {
    parameters: [],
    answer: units.unit ? { fn: FORMULA_FN, formula: String(value), unit: units.unit, inputs: {} } : { fn: "const.value", inputs: { value } },
    display: { unit: units.displayUnit, digits: significantDigits(value) },
    tolerance: { absolute: Math.abs(right.tolerance) * units.factor },
    ...(units.unitPenalty !== undefined ? { unitPenalty: units.unitPenalty } : {}),
    ...(units.promptSuffix ? { promptSuffix: units.promptSuffix } : {}),
  };
}

/**
 * Calculated and calculatedsimple: wildcards become parameters. Wildcards with dataset items
 * become choice parameters holding the items in item-number order, tied by one dataset so a
 * draw takes item k of each, as Moodle does; wildcards without items take their range. The
 * formula becomes a formula answer (a bare number: `const.value`).
 */
export function mapCalculated(q: Extract<MoodleQuestion, { kind: "calculated" }>, report: Report): NumericParts | undefined {
  const right = q.answers.find((a) => a.fraction === 100);
  if (!right) return report.fail("no answer has fraction 100; a Quizformer numeric question needs its right formula", q.line);
  for (const a of q.answers) if (a !== right) report.warn(`only the first fully right answer is kept: the formula "${a.text.text}" (${a.fraction}%) is dropped`, a.line);
  const formula = right.text.text;
  // Moodle refuses ^ in formulas today; older versions ran it as PHP's bitwise XOR, never a power.
  if (formula.includes("^")) return report.fail(`the formula "${formula}" uses ^, which Moodle reads as a bitwise XOR; write ** or pow() for a power`, right.line);
  let tree: FormulaNode;
  try {
    tree = parseFormula(formula);
  } catch (error) {
    return report.fail(`the formula "${formula}" can't be read: ${error instanceof Error ? error.message : String(error)}`, right.line);
  }
  const byName = new Map(q.datasets.map((d) => [d.name, d]));
  const missing = formulaVariables(tree).filter((name) => !byName.has(name));
  if (missing.length) return report.fail(`the formula uses ${missing.map((m) => `{${m}}`).join(", ")} with no dataset definition`, right.line);
  if (/\{=/.test(q.questionText.text)) return report.fail("the question text holds an inline formula {=…}, which Quizformer doesn't evaluate; put it in the answer's formula", q.line);

  const crowded = q.datasets.find((d) => d.items.length > MAX_DATASET_ITEMS);
  if (crowded) return report.fail(`{${crowded.name}} has ${crowded.items.length} dataset items; Moodle allows at most ${MAX_DATASET_ITEMS} per dataset`, q.line);
  const itemized = q.datasets.filter((d) => d.items.length > 0);
  const numbers = sharedItemNumbers(itemized);
  if (itemized.length && !numbers.length) return report.fail("the wildcards' dataset items share no item number, so no variant can be drawn", itemized[0]!.line);
  const parameters = mapDatasets(q.datasets, numbers, report);
  const shared = q.datasets.filter((d) => d.status === "shared");
  if (shared.length) {
    report.warn(`shared dataset${shared.length > 1 ? "s" : ""} ${shared.map((d) => `{${d.name}}`).join(", ")}: the values are copied into this template; a later change to the shared dataset doesn't follow`, shared[0]!.line);
  }
  const units = mapUnits(q.units, report);
  const constant = tree.type === "number" ? tree.value : tree.type === "unary" && tree.arg.type === "number" ? (tree.op === "-" ? -tree.arg.value : tree.arg.value) : undefined;
  const answer: NumericParts["answer"] =
    constant !== undefined && !units.unit ? { fn: "const.value", inputs: { value: constant } } : { fn: FORMULA_FN, formula, inputs: {}, ...(units.unit ? { unit: units.unit } : {}) };
  return {
    parameters,
    answer,
    display: { unit: units.displayUnit, digits: digitsOf(right, formula, q.datasets, report) },
    tolerance: toleranceOf(right, units.factor, report),
    ...(units.unitPenalty !== undefined ? { unitPenalty: units.unitPenalty } : {}),
    ...(units.promptSuffix ? { promptSuffix: units.promptSuffix } : {}),
  };
}

/** Draw k takes the item numbered k of every wildcard: only the numbers every wildcard has can be drawn, ascending. */
function sharedItemNumbers(withItems: readonly MoodleDataset[]): number[] {
  let shared: Set<number> | undefined;
  for (const d of withItems) {
    const own = new Set(d.items.map((i) => i.number));
    shared = shared ? new Set([...shared].filter((n) => own.has(n))) : own;
  }
  return [...(shared ?? [])].sort((a, b) => a - b);
}

function mapDatasets(datasets: readonly MoodleDataset[], numbers: readonly number[], report: Report): NumericParts["parameters"] {
  const withItems = datasets.filter((d) => d.items.length > 0);
  if (withItems.some((d) => d.items.length !== numbers.length)) {
    report.warn(`the wildcards have items with different numbers; the ${numbers.length} item number${numbers.length === 1 ? "" : "s"} all of them have are used`, withItems[0]!.line);
  }
  return datasets.map((d) => {
    if (d.items.length) {
      // The first item of each number, as a lookup by number would find it.
      const byNumber = new Map<number, number>();
      for (const i of d.items) if (!byNumber.has(i.number)) byNumber.set(i.number, i.value);
      const values = numbers.map((n) => byNumber.get(n)!);
      return { kind: "choice" as const, name: d.name, values, ...(withItems.length > 1 ? { dataset: ITEMS_DATASET } : {}) };
    }
    if (d.distribution === "loguniform") report.warn(`{${d.name}} has no items and a log-uniform distribution; its values are drawn uniformly from ${d.min} to ${d.max}`, d.line);
    if (d.decimals <= 0) return { kind: "int" as const, name: d.name, min: Math.ceil(d.min), max: Math.floor(d.max), step: 1 };
    const step = 10 ** -Math.min(12, d.decimals);
    return { kind: "float" as const, name: d.name, min: d.min, max: d.max, step };
  });
}

function toleranceOf(answer: MoodleCalculatedAnswer, factor: number, report: Report): NumericParts["tolerance"] {
  const t = Math.abs(answer.tolerance);
  switch (answer.toleranceType) {
    case 2:
      return { absolute: t * factor };
    case 3:
      report.warn(`the geometric tolerance ${t} is mapped to the relative tolerance ${Math.min(t, MAX_RELATIVE)}, which accepts a little more below the answer (down to ×${1 - Math.min(t, MAX_RELATIVE)} rather than ÷${1 + t})`, answer.line);
    // falls through: relative is the nearest.
    default:
      if (t === 0) return { absolute: 0 };
      if (t > MAX_RELATIVE) report.warn(`the relative tolerance ${t} is more than Quizformer's 50%; it is set to 50%`, answer.line);
      return { relative: Math.min(t, MAX_RELATIVE) };
  }
}

/** Significant figures carry over; a number of decimals becomes the digits the first draw needs for it. */
function digitsOf(answer: MoodleCalculatedAnswer, formula: string, datasets: readonly MoodleDataset[], report: Report): number {
  const length = Math.round(answer.answerLength);
  if (answer.answerFormat === 2) {
    if (length >= 1 && length <= 12) return length;
    report.warn(`${length} significant figures can't be shown; 3 are shown`, answer.line);
    return 3;
  }
  let value: number | undefined;
  try {
    value = evaluateFormula(formula, (name) => {
      const d = datasets.find((x) => x.name === name)!;
      return d.items[0]?.value ?? d.min;
    }).value;
  } catch {
    value = undefined;
  }
  if (value === undefined || value === 0) return Math.min(12, Math.max(1, length || 3));
  const whole = Math.max(1, Math.floor(Math.log10(Math.abs(value))) + 1);
  const digits = Math.min(12, Math.max(1, whole + length));
  if (length > 0 || !Number.isInteger(value)) report.warn(`Moodle shows the answer with ${length} decimals; Quizformer shows significant digits: ${digits}, as the first draw needs`, answer.line);
  return digits;
}
