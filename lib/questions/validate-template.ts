import { getComputeDescription } from "@/lib/compute/index";
import { compileTemplate, generateVariant, runAnswer } from "./generate-variant";
import { PRESET_FIELDS } from "./presets";
import { formatQuantity, unresolvedPlaceholders } from "./render";
import { templateSchema, type AnswerSpec, type Template } from "./template-schema";
import { isDisplayUnitFor } from "./units";
import { describeTemplateIssues } from "./template-issues";
import { FORMULA_FN } from "@/lib/compute/formula-parse";
import { answerUnit, datasetErrors, formulaErrors } from "./validate-formula";

export type TemplateValidation = { ok: true; template: Template; sampled: number } | { ok: false; errors: string[]; fieldErrors?: Record<string, string> };

/** Distinct problems reported at most; each names how many sampled draws it broke. */
const MAX_ERRORS = 5;

/**
 * Checks a template the way saving it must: the schema, that every binding and
 * placeholder resolves, that the display unit fits the answer, and then samples
 * `samples` variants (all of them, if the space is smaller). Any draw that makes
 * compute throw, gives a non-finite answer, duplicate choices or a leftover
 * placeholder rejects the template. Each problem is reported once, with how many draws
 * it broke and the parameter values of the first (not once per draw). Schema problems
 * come as sentences, with the field each belongs to (by full path).
 */
export function validateTemplate(input: unknown, options: { samples?: number } = {}): TemplateValidation {
  const parsed = templateSchema.safeParse(input);
  if (!parsed.success) {
    const issues = describeTemplateIssues(parsed.error);
    return { ok: false, errors: issues.map((i) => i.summary), fieldErrors: Object.fromEntries(issues.map((i) => [i.path, i.field])) };
  }
  const template = parsed.data;
  const errors = staticErrors(template);
  if (errors.length) return { ok: false, errors };

  const { space } = compileTemplate(template);
  const samples = Math.min(options.samples ?? 1000, space.size);
  // One entry per problem: the first draw that showed it and how many did.
  const problems = new Map<string, { params: string; detail: string; count: number }>();
  const note = (problem: string, params: string, detail = "") => {
    const seen = problems.get(problem);
    if (seen) seen.count++;
    else if (problems.size < MAX_ERRORS) problems.set(problem, { params, detail, count: 1 });
  };
  for (let seed = 0; seed < samples; seed++) {
    let params = "";
    try {
      params = describeParams(space.draw(seed).values);
      const v = generateVariant(template, seed);
      const texts = [v.prompt, v.solution.explanation, v.solution.expectedText, ...(v.choices ?? []).map((c) => c.text)];
      const leftovers = [...new Set(texts.flatMap(unresolvedPlaceholders))];
      if (leftovers.length) note(`Unresolved placeholder${leftovers.length > 1 ? "s" : ""} ${leftovers.join(", ")}`, params);
      if (texts.some((t) => /NaN|Infinity|undefined/.test(t))) note("A shown value is not a finite number", params);
      if (template.kind === "multiple_choice" && template.distractors && v.choices!.length !== template.distractors.length + 1) {
        note("Two choices show the same value", params, ` (${duplicateChoices(template, space.draw(seed).values)})`);
      }
    } catch (error) {
      note((error instanceof Error ? error.message : String(error)).replace(/\.$/, ""), params || "a draw");
    }
  }
  for (const [problem, { params, detail, count }] of problems) {
    if (samples === 1) errors.push(params === "no parameters" ? `${problem}${detail}.` : `${problem} (with ${params})${detail}.`);
    else errors.push(`${problem} in ${count === samples ? `all ${samples}` : `${count} of ${samples}`} sampled draws, first with ${params}${detail}.`);
  }
  return errors.length ? { ok: false, errors } : { ok: true, template, sampled: samples };
}

function describeParams(values: Record<string, unknown>): string {
  const parts = Object.entries(values).map(([k, v]) => `${k} = ${typeof v === "object" && v && "label" in v ? (v as { label: string }).label : String(v)}`);
  return parts.length ? parts.join(", ") : "no parameters";
}

function duplicateChoices(template: Extract<Template, { kind: "multiple_choice" }>, values: Parameters<typeof runAnswer>[1]): string {
  const display = template.display ?? { unit: "", digits: 3 };
  const right = runAnswer(template.answer!, values);
  const texts = [
    `correct: ${formatQuantity(right.value, right.unit, display)}`,
    ...template.distractors!.map((d) => {
      const value = d.scale !== undefined ? right.value * d.scale : runAnswer(d.answer!, values).value;
      return `${d.misconception}: ${formatQuantity(value, right.unit, display)}`;
    }),
  ];
  return texts.join("; ");
}

function staticErrors(template: Template): string[] {
  const errors: string[] = [];
  const names = new Set(template.parameters.map((p) => p.name));
  if (names.size !== template.parameters.length) errors.push("Two parameters share a name.");
  const presetNames = new Set(template.parameters.filter((p) => p.kind === "preset").map((p) => p.name));
  for (const p of template.parameters) {
    if ((p.kind === "int" || p.kind === "float") && p.max < p.min) errors.push(`Parameter "${p.name}": max is below min.`);
  }
  errors.push(...datasetErrors(template.parameters));

  const checkBinding = (where: string, b: string | number) => {
    if (typeof b === "number") return;
    const [head, field] = b.split(".");
    if (!names.has(head!)) errors.push(`${where}: "${b}" names no parameter.`);
    else if (presetNames.has(head!) && (!field || !(PRESET_FIELDS as string[]).includes(field))) {
      errors.push(`${where}: "${b}" needs a preset field (${PRESET_FIELDS.join(", ")}).`);
    } else if (!presetNames.has(head!) && field) errors.push(`${where}: "${b}": parameter "${head}" has no fields.`);
  };
  const checkAnswer = (where: string, answer: AnswerSpec, displayUnit?: string) => {
    if (answer.fn === FORMULA_FN) {
      errors.push(...formulaErrors(where, answer, displayUnit, checkBinding));
      return;
    }
    const fn = getComputeDescription(answer.fn);
    if (!fn) {
      errors.push(`${where}: unknown compute function "${answer.fn}".`);
      return;
    }
    for (const input of Object.keys(fn.inputs)) if (!(input in answer.inputs)) errors.push(`${where}: input "${input}" of ${fn.name} is not bound.`);
    for (const [input, b] of Object.entries(answer.inputs)) {
      if (!(input in fn.inputs)) errors.push(`${where}: ${fn.name} has no input "${input}".`);
      checkBinding(`${where} input "${input}"`, b);
    }
    if (displayUnit !== undefined && !isDisplayUnitFor(displayUnit, fn.outputUnit)) {
      errors.push(`${where}: display unit "${displayUnit}" can't show ${fn.outputLabel} (${fn.outputUnit || "a plain number"}).`);
    }
  };
  for (const c of template.constraints) {
    checkBinding("Constraint", c.left);
    checkBinding("Constraint", c.right);
  }
  if (template.kind === "numeric") {
    checkAnswer("Answer", template.answer, template.display.unit);
    const unit = answerUnit(template.answer);
    if (template.unitPenalty !== undefined && (unit === "" || template.display.unit.trim() === "")) {
      errors.push("Unit penalty: the answer must be a quantity with a unit (bytes, bits or an angle) shown in one, such as GiB; a plain number has no unit to leave out.");
    }
  }
  if (template.kind === "multiple_choice" && template.answer) {
    checkAnswer("Answer", template.answer, (template.display ?? { unit: "" }).unit);
    const outputUnit = answerUnit(template.answer);
    template.distractors?.forEach((d, i) => {
      if (!d.answer) return;
      checkAnswer(`Distractor ${i + 1}`, d.answer);
      const unit = answerUnit(d.answer);
      if (unit !== undefined && outputUnit !== undefined && unit !== outputUnit) errors.push(`Distractor ${i + 1}: ${d.answer.fn} returns "${unit}", the answer "${outputUnit}".`);
    });
  }
  return errors;
}
