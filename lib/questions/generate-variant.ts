import { compute } from "@/lib/compute/index";
import type { ComputeResult } from "@/lib/compute/types";
import { FORMULA_FN } from "@/lib/compute/formula-parse";
import { runFormulaAnswer } from "./formula-answer";
import type { Tolerance } from "./check-numeric-answer";
import { MISCONCEPTIONS, type MisconceptionId } from "./misconceptions";
import { compileParameterSpace, resolveBinding, type ParameterSpace, type ParamValues } from "./parameter-space";
import { formatQuantity, renderPlaceholders } from "./render";
import { hash32, mulberry32, shuffled } from "@/lib/random/seeded-random";
import type { AnswerSpec, Template } from "./template-schema";
import type { Solution, Variant } from "./variant";

export type CompiledTemplate = { template: Template; space: ParameterSpace; keyHash: number };

const compiled = new WeakMap<Template, CompiledTemplate>();

/** Parses a template's parameter space once; generating variants from it is then cheap. */
export function compileTemplate(template: Template): CompiledTemplate {
  let c = compiled.get(template);
  if (!c) {
    c = { template, space: compileParameterSpace(template), keyHash: hash32(template.key) };
    compiled.set(template, c);
  }
  return c;
}

export function runAnswer(answer: AnswerSpec, values: ParamValues): ComputeResult {
  if (answer.fn === FORMULA_FN) return runFormulaAnswer(answer, values);
  const inputs: Record<string, number> = {};
  for (const [name, binding] of Object.entries(answer.inputs)) inputs[name] = resolveBinding(binding, values);
  return compute(answer.fn, inputs);
}

function publicParams(values: ParamValues): Record<string, number | string> {
  const out: Record<string, number | string> = {};
  for (const k in values) {
    const v = values[k]!;
    out[k] = typeof v === "number" ? v : v.label;
  }
  return out;
}

function defaultTolerance(result: ComputeResult, displayUnit: string): Tolerance {
  return Number.isInteger(result.value) && displayUnit === "" ? { absolute: 0.5 } : { relative: 0.01 };
}

type Common = { template: Template; seed: number; values: ParamValues; prompt: string; explanation: string };

// Variants are built as complete literals of one shape (no object spread): spreading
// made generation ~20× slower, and one shape keeps every access monomorphic.
function variantOf(
  c: Common,
  choices: Variant["choices"],
  answerUnit: string | undefined,
  s: Omit<Solution, "explanation" | "source">,
  extra: { matchPrompts?: Variant["matchPrompts"]; unitRequired?: Variant["unitRequired"] } = {},
): Variant {
  return {
    templateKey: c.template.key,
    kind: c.template.kind,
    title: c.template.title,
    prompt: c.prompt,
    choices,
    matchPrompts: extra.matchPrompts,
    answerUnit,
    unitRequired: extra.unitRequired,
    seed: c.seed,
    params: publicParams(c.values),
    solution: {
      expectedText: s.expectedText,
      numeric: s.numeric,
      correctChoiceId: s.correctChoiceId,
      correctChoiceIds: s.correctChoiceIds,
      matches: s.matches,
      choiceFeedback: s.choiceFeedback,
      truth: s.truth,
      order: s.order,
      accepted: s.accepted,
      steps: s.steps,
      explanation: c.explanation,
      source: c.template.source,
    },
  };
}

/**
 * The variant of a template for a seed: the same (template, seed) always gives
 * the same variant; seeds 0, 1, 2, … give distinct parameter draws until the
 * space is exhausted. The result holds the solution; send only `toPublicVariant`.
 */
export function generateVariant(template: Template, seed: number, settings: { shuffleChoices?: boolean } = {}): Variant {
  const { space, keyHash } = compileTemplate(template);
  const { values } = space.draw(seed);
  const random = mulberry32((Math.trunc(seed) ^ keyHash ^ 0x9e3779b9) >>> 0);
  const c: Common = {
    template,
    seed,
    values,
    prompt: renderPlaceholders(template.prompt, values),
    explanation: renderPlaceholders(template.explanation, values),
  };

  switch (template.kind) {
    case "numeric": {
      const result = runAnswer(template.answer, values);
      const shown = formatQuantity(result.value, result.unit, template.display);
      return variantOf(
        c,
        undefined,
        template.display.unit,
        {
          expectedText: shown,
          numeric: {
            value: result.value,
            unit: result.unit,
            displayUnit: template.display.unit,
            tolerance: template.tolerance ?? defaultTolerance(result, template.display.unit),
            unitPenalty: template.unitPenalty,
          },
          steps: withDisplayStep(result, shown, template.display.unit),
        },
        { unitRequired: template.unitPenalty !== undefined ? { penalty: template.unitPenalty } : undefined },
      );
    }
    case "multiple_choice": {
      if (template.choices) {
        // Authors may fix the order of static choices ("All of the above" last); computed ones always shuffle.
        const ordered = settings.shuffleChoices === false ? template.choices : shuffled(template.choices, random);
        const choices = ordered.map((x, i) => ({ id: `c${i + 1}`, text: renderPlaceholders(x.text, values), correct: x.correct, feedback: x.feedback }));
        const correct = choices.find((x) => x.correct)!;
        const choiceFeedback: NonNullable<Solution["choiceFeedback"]> = {};
        for (const x of choices) if (!x.correct) choiceFeedback[x.id] = { text: x.feedback ?? "Not this one." };
        return variantOf(
          c,
          choices.map((x) => ({ id: x.id, text: x.text })),
          undefined,
          { expectedText: correct.text, correctChoiceId: correct.id, choiceFeedback, steps: [] },
        );
      }
      const display = template.display ?? { unit: "", digits: 3 };
      const result = runAnswer(template.answer!, values);
      const right = formatQuantity(result.value, result.unit, display);
      // Two mistakes can land on the same number; a choice is listed once.
      const seen = new Set([right]);
      const options: { text: string; misconception?: MisconceptionId }[] = [{ text: right }];
      for (const d of template.distractors ?? []) {
        const value = d.scale !== undefined ? result.value * d.scale : runAnswer(d.answer!, values).value;
        const text = formatQuantity(value, result.unit, display);
        if (!seen.has(text)) {
          seen.add(text);
          options.push({ text, misconception: d.misconception });
        }
      }
      const choices = shuffled(options, random).map((o, i) => ({ id: `c${i + 1}`, text: o.text, misconception: o.misconception }));
      const choiceFeedback: NonNullable<Solution["choiceFeedback"]> = {};
      let correctId = "";
      for (const o of choices) {
        if (o.misconception) choiceFeedback[o.id] = { misconception: o.misconception, text: MISCONCEPTIONS[o.misconception] };
        else correctId = o.id;
      }
      return variantOf(
        c,
        choices.map((o) => ({ id: o.id, text: o.text })),
        undefined,
        { expectedText: right, correctChoiceId: correctId, choiceFeedback, steps: withDisplayStep(result, right, display.unit) },
      );
    }
    case "true_false":
      return variantOf(
        c,
        [
          { id: "true", text: "True" },
          { id: "false", text: "False" },
        ],
        undefined,
        { expectedText: template.correct ? "True" : "False", truth: template.correct, correctChoiceId: String(template.correct), steps: [] },
      );
    case "ordering": {
      const items = template.items.map((text, i) => ({ text: renderPlaceholders(text, values), rank: i }));
      let order = shuffled(items, random);
      // A list shown already in order would give the answer away.
      if (order.every((it, i) => it.rank === i)) order = [...order.slice(1), order[0]!];
      const shown = order.map((it, i) => ({ id: `o${i + 1}`, text: it.text, rank: it.rank }));
      const correctOrder = [...shown].sort((a, b) => a.rank - b.rank);
      return variantOf(
        c,
        shown.map((x) => ({ id: x.id, text: x.text })),
        undefined,
        { expectedText: correctOrder.map((it) => it.text).join(" → "), order: correctOrder.map((it) => it.id), steps: [] },
      );
    }
    case "short_text":
      return variantOf(c, undefined, undefined, { expectedText: template.accepted[0]!, accepted: template.accepted, steps: [] });
    case "matching": {
      // Options are the distinct answers plus the extra wrong ones, always shuffled: in the
      // prompts' order they would give the pairs away. Prompts keep the author's order.
      const answers = [...new Set([...template.pairs.map((p) => renderPlaceholders(p.answer, values)), ...template.distractors.map((d) => renderPlaceholders(d, values))])];
      const options = shuffled(answers, random).map((text, i) => ({ id: `m${i + 1}`, text }));
      const idOf = new Map(options.map((o) => [o.text, o.id]));
      const prompts = template.pairs.map((p, i) => ({ id: `p${i + 1}`, text: renderPlaceholders(p.prompt, values), answer: renderPlaceholders(p.answer, values) }));
      const matches = Object.fromEntries(prompts.map((p) => [p.id, idOf.get(p.answer)!]));
      return variantOf(
        c,
        options,
        undefined,
        { expectedText: prompts.map((p) => `${p.text} → ${p.answer}`).join("; "), matches, steps: [] },
        { matchPrompts: prompts.map((p) => ({ id: p.id, text: p.text })) },
      );
    }
    case "multiple_answer": {
      const ordered = settings.shuffleChoices === false ? template.choices : shuffled(template.choices, random);
      const choices = ordered.map((x, i) => ({ id: `c${i + 1}`, text: renderPlaceholders(x.text, values), correct: x.correct, feedback: x.feedback }));
      const choiceFeedback: NonNullable<Solution["choiceFeedback"]> = {};
      for (const x of choices) if (!x.correct && x.feedback) choiceFeedback[x.id] = { text: x.feedback };
      return variantOf(
        c,
        choices.map((x) => ({ id: x.id, text: x.text })),
        undefined,
        {
          expectedText: choices
            .filter((x) => x.correct)
            .map((x) => x.text)
            .join("; "),
          correctChoiceIds: choices.filter((x) => x.correct).map((x) => x.id),
          choiceFeedback,
          steps: [],
        },
      );
    }
  }
}

function withDisplayStep(result: ComputeResult, shown: string, displayUnit: string): string[] {
  // A formula answer in its own unit has already ended in that unit.
  return displayUnit && displayUnit !== result.unit && !result.steps.at(-1)?.endsWith(` ${displayUnit}.`) ? [...result.steps, `In ${displayUnit}: ${shown}.`] : result.steps;
}
