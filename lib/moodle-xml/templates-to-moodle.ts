import { FORMULA_FN } from "@/lib/compute/formula-parse";
import { formulaUnit } from "@/lib/questions/formula-answer";
import { compileTemplate, generateVariant, runAnswer } from "@/lib/questions/generate-variant";
import type { ParamValues } from "@/lib/questions/parameter-space";
import type { Template } from "@/lib/questions/template-schema";
import { dimensionOf, fromBase, resolveUnit, toDimensionBase } from "@/lib/questions/units";
import type { Variant } from "@/lib/questions/variant";
import { MAX_DATASET_ITEMS } from "./map-numeric";
import { moodleFormula } from "./moodle-formula";
import type { MoodleAnswer, MoodleAnswers, MoodleDataset, MoodleQuestion, MoodleQuestionBase, MoodleUnits } from "./moodle-types";

export type MoodleExportOptions = { items: number };

type Numeric = Extract<Template, { kind: "numeric" }>;
type Calculated = Extract<MoodleQuestion, { kind: "calculated" }>;

const md = (text: string) => ({ text, format: "markdown" });
const NO_UNITS: MoodleUnits = { units: [], gradingType: 0, penalty: 0, showUnits: 3, line: 0 };
const numberText = (x: number) => String(Number(x.toPrecision(12)));

/** Templates whose lists are longer than a Moodle dataset holds, so only their first draws are written. */
export function templatesWithLongLists(templates: readonly Template[]): Template[] {
  return templates.filter((t) => t.kind === "numeric" && t.parameters.some((p) => p.kind === "choice" && p.values.length > MAX_DATASET_ITEMS));
}

/**
 * Templates as Moodle questions, the category "$course$/top/<topic>/<tag>/…" (the import maps it
 * back). Static kinds map one to one (ordering as matching items to 1…n). A numeric template whose
 * parameters are numbers becomes one calculated question: its parameters are wildcards whose items
 * are the template's first draws, paired by item number; a formula answer is written as the formula
 * in a form Moodle runs as Quizformer does (`moodleFormula`),
 * any other computed answer as one more wildcard holding each draw's answer. Templates drawing model
 * presets (labels, not numbers) and computed choices are written as fixed variants, as GIFT does.
 */
export function templatesToMoodle(templates: readonly Template[], options: MoodleExportOptions): MoodleQuestion[] {
  const out: MoodleQuestion[] = [];
  for (const template of templates) {
    const base: MoodleQuestionBase = {
      line: 0,
      type: "",
      name: template.title,
      questionText: md(template.prompt),
      generalFeedback: md(template.explanation),
      category: ["$course$", "top", template.topic, ...template.tags].join("/"),
      tags: [],
      extras: [],
    };
    const numericOnly = template.parameters.every((p) => p.kind !== "preset");
    // Moodle's calculated questions need at least one wildcard; a numeric template without parameters has one answer.
    if (template.kind === "numeric" && template.parameters.length === 0) out.push(constantNumerical(template, base));
    else if (template.kind === "numeric" && numericOnly) out.push(calculated(template, base, options.items));
    else if (template.parameters.length === 0 || (template.kind !== "numeric" && !usesPlaceholders(template))) out.push(withAnswers(base, staticAnswers(template, generateVariant(template, 0))));
    else {
      const count = Math.min(options.items, compileTemplate(template).space.size);
      for (let seed = 0; seed < count; seed++) {
        const v = generateVariant(template, seed);
        const steps = v.solution.steps.length ? `\n\n${v.solution.steps.map((s) => `- ${s}`).join("\n")}` : "";
        const unit = v.solution.numeric?.displayUnit;
        const variantBase = {
          ...base,
          name: `${template.title} (variant ${seed + 1} of ${count})`,
          questionText: md(unit ? `${v.prompt}\n\nGive the answer in ${unit}.` : v.prompt),
          generalFeedback: md(`${v.solution.explanation}${steps}`),
        };
        out.push(withAnswers(variantBase, template.kind === "numeric" ? variantNumerical(v) : staticAnswers(template, v)));
      }
    }
  }
  return out;
}

const withAnswers = (base: MoodleQuestionBase, answers: MoodleAnswers): MoodleQuestion => ({ ...base, ...answers });

function usesPlaceholders(template: Template): boolean {
  return /\{[a-zA-Z]/.test(JSON.stringify(template));
}

function answer(text: string, fraction: number, feedback?: string): MoodleAnswer {
  return { line: 0, fraction, text: md(text), ...(feedback ? { feedback: md(feedback) } : {}) };
}

/** Static kinds; a computed multiple choice through its variant's choices. */
function staticAnswers(template: Template, v: Variant): MoodleAnswers {
  switch (template.kind) {
    case "multiple_choice":
      if (template.choices) return { kind: "multichoice", single: true, answers: template.choices.map((c) => answer(c.text, c.correct ? 100 : 0, c.feedback)) };
      return { kind: "multichoice", single: true, answers: v.choices!.map((c) => answer(c.text, c.id === v.solution.correctChoiceId ? 100 : 0, v.solution.choiceFeedback?.[c.id]?.text)) };
    case "multiple_answer": {
      // Moodle's multiple answer, graded as here: right choices share +100 %, wrong ones −100 %.
      const right = template.choices.filter((c) => c.correct).length;
      const wrong = template.choices.length - right;
      const share = (n: number) => Number((100 / n).toFixed(5));
      return { kind: "multichoice", single: false, answers: template.choices.map((c) => answer(c.text, c.correct ? share(right) : -share(wrong), c.feedback)) };
    }
    case "true_false":
      return { kind: "truefalse", answers: [answer(String(template.correct), 100), answer(String(!template.correct), 0)] };
    case "short_text":
      return { kind: "shortanswer", caseSensitive: false, answers: template.accepted.map((a) => answer(a, 100)) };
    case "matching":
      return {
        kind: "matching",
        subquestions: [...template.pairs.map((p) => ({ line: 0, text: md(p.prompt), answer: p.answer })), ...template.distractors.map((d) => ({ line: 0, text: md(""), answer: d }))],
      };
    case "ordering":
      // Moodle's matching of each item to its position; the import reads 1…n back as ordering.
      return { kind: "matching", subquestions: template.items.map((item, i) => ({ line: 0, text: md(item), answer: String(i + 1) })) };
    case "numeric":
      return variantNumerical(v);
  }
}

function unitsOf(displayUnit: string, unitPenalty: number | undefined): MoodleUnits {
  if (!displayUnit) return NO_UNITS;
  return { units: [{ name: displayUnit, multiplier: 1 }], gradingType: unitPenalty ? 1 : 0, penalty: unitPenalty ?? 0, showUnits: 0, line: 0 };
}

/** The absolute tolerance (kept in the answer's base unit) in the display unit Moodle grades in. */
function inDisplayUnit(absolute: number, resultUnit: "B" | "b" | "rad" | "", displayUnit: string): number {
  return Math.abs(fromBase(toDimensionBase(absolute, resultUnit), displayUnit, dimensionOf(resultUnit)));
}

function constantNumerical(t: Numeric, base: MoodleQuestionBase): MoodleQuestion {
  const v = generateVariant(t, 0);
  return { ...base, ...variantNumerical(v) };
}

/** One draw as a numerical question: Moodle's single tolerance is the wider of the two at this value. */
function variantNumerical(v: Variant): Extract<MoodleAnswers, { kind: "numerical" }> {
  const { value, unit, displayUnit, tolerance, unitPenalty } = v.solution.numeric!;
  const shown = fromBase(toDimensionBase(value, unit), displayUnit, dimensionOf(unit));
  const absolute = Math.max(tolerance.absolute !== undefined ? inDisplayUnit(tolerance.absolute, unit, displayUnit) : 0, Math.abs(shown) * (tolerance.relative ?? 0));
  return { kind: "numerical", answers: [{ ...answer(numberText(shown), 100), tolerance: Number(absolute.toPrecision(6)) }], units: unitsOf(displayUnit, unitPenalty) };
}

function calculated(t: Numeric, base: MoodleQuestionBase, items: number): Calculated {
  const { space } = compileTemplate(t);
  // Lists drawn together (one dataset, or a single list) are written whole and in order, so they
  // come back as they are; a list longer than a Moodle dataset holds is written, as ranges are, by its first draws.
  const choices = t.parameters.flatMap((p) => (p.kind === "choice" ? [p] : []));
  const listLength = Math.min(...choices.map((p) => p.values.length));
  const oneList =
    choices.length === t.parameters.length &&
    choices.length > 0 &&
    (choices.length === 1 || (choices[0]!.dataset !== undefined && choices.every((p) => p.dataset === choices[0]!.dataset))) &&
    listLength <= MAX_DATASET_ITEMS;
  const count = oneList ? listLength : Math.max(1, Math.min(items, space.size));
  const values: ParamValues[] = oneList
    ? Array.from({ length: count }, (_, k) => Object.fromEntries(choices.map((p) => [p.name, p.values[k]!])))
    : Array.from({ length: count }, (_, seed) => space.draw(seed).values);
  const draws = values.map((v) => runAnswer(t.answer, v));
  const datasets: MoodleDataset[] = t.parameters.map((p) => {
    const column = values.map((v) => v[p.name] as number);
    const decimals = p.kind === "int" ? 0 : Math.max(0, ...(p.kind === "float" ? [p.step] : column).map(decimalsOf));
    const [min, max] = p.kind === "int" || p.kind === "float" ? [p.min, p.max] : [Math.min(...column), Math.max(...column)];
    return { line: 0, name: p.name, status: "private", distribution: "uniform", min, max, decimals, items: column.map((value, i) => ({ number: i + 1, value })) };
  });
  const first = { unit: draws[0]!.unit, displayUnit: t.display.unit };
  let formula: string;
  if (t.answer.fn === FORMULA_FN) {
    // Moodle grades in the display unit; a formula in another unit is scaled to it.
    const from = formulaUnit(t.answer.unit)!;
    const to = t.display.unit ? resolveUnit(t.display.unit, dimensionOf(from.unit)) : { ok: true as const, factor: 1 };
    const ratio = to.ok ? from.factor / to.factor : 1;
    const written = moodleFormula(t.answer.formula!);
    formula = ratio === 1 ? written : `(${written}) * ${numberText(ratio)}`;
  } else {
    const taken = new Set(t.parameters.map((p) => p.name));
    let name = "answer";
    for (let i = 2; taken.has(name); i++) name = `answer_${i}`;
    const column = draws.map((r) => Number(fromBase(toDimensionBase(r.value, first.unit), first.displayUnit, dimensionOf(first.unit)).toPrecision(12)));
    datasets.push({ line: 0, name, status: "private", distribution: "uniform", min: Math.min(...column), max: Math.max(...column), decimals: Math.max(0, ...column.map(decimalsOf)), items: column.map((value, i) => ({ number: i + 1, value })) });
    formula = `{${name}}`;
  }
  const integerAnswers = draws.every((r) => Number.isInteger(r.value)) && !first.displayUnit;
  const tolerance = t.tolerance ?? (integerAnswers ? { absolute: 0.5 } : { relative: 0.01 });
  const [toleranceType, toleranceValue] = tolerance.relative !== undefined ? [1, tolerance.relative] : [2, inDisplayUnit(tolerance.absolute ?? 0, first.unit, first.displayUnit)];
  return {
    ...base,
    kind: "calculated",
    simple: false,
    answers: [{ ...answer(formula, 100), tolerance: Number(toleranceValue.toPrecision(6)), toleranceType, answerFormat: 2, answerLength: t.display.digits }],
    units: unitsOf(t.display.unit, t.unitPenalty),
    datasets,
  };
}

function decimalsOf(x: number): number {
  const text = numberText(x);
  if (text.includes("e-")) return Math.min(12, Number(text.split("e-")[1]) + (text.split("e")[0]!.split(".")[1]?.length ?? 0));
  return text.split(".")[1]?.length ?? 0;
}
