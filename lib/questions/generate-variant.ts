import { compute } from "@/lib/compute/index";
import type { ComputeResult } from "@/lib/compute/types";
import type { Tolerance } from "./check-numeric-answer";
import { MISCONCEPTIONS } from "./misconceptions";
import { compileParameterSpace, resolveBinding, type ParameterSpace, type ParamValues } from "./parameter-space";
import { formatQuantity, renderPlaceholders } from "./render";
import { hash32, mulberry32, shuffled } from "./seeded-random";
import type { AnswerSpec, Template } from "./template-schema";
import type { Solution, Variant } from "./variant";

export type CompiledTemplate = { template: Template; space: ParameterSpace };

const compiled = new WeakMap<Template, CompiledTemplate>();

/** Parses a template's parameter space once; generating variants from it is then cheap. */
export function compileTemplate(template: Template): CompiledTemplate {
  let c = compiled.get(template);
  if (!c) {
    c = { template, space: compileParameterSpace(template) };
    compiled.set(template, c);
  }
  return c;
}

export function runAnswer(answer: AnswerSpec, values: ParamValues): ComputeResult {
  const inputs: Record<string, number> = {};
  for (const [name, binding] of Object.entries(answer.inputs)) inputs[name] = resolveBinding(binding, values);
  return compute(answer.fn, inputs);
}

function publicParams(values: ParamValues): Record<string, number | string> {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, typeof v === "number" ? v : v.label]));
}

function defaultTolerance(result: ComputeResult, displayUnit: string): Tolerance {
  return Number.isInteger(result.value) && displayUnit === "" ? { absolute: 0.5 } : { relative: 0.01 };
}

/**
 * The variant of a template for a seed: the same (template, seed) always gives
 * the same variant; seeds 0, 1, 2, … give distinct parameter draws until the
 * space is exhausted. The result holds the solution; send only `toPublicVariant`.
 */
export function generateVariant(template: Template, seed: number, settings: { shuffleChoices?: boolean } = {}): Variant {
  const { space } = compileTemplate(template);
  const { values } = space.draw(seed);
  const random = mulberry32((Math.trunc(seed) ^ hash32(template.key) ^ 0x9e3779b9) >>> 0);
  const prompt = renderPlaceholders(template.prompt, values);
  const base = {
    templateKey: template.key,
    kind: template.kind,
    title: template.title,
    prompt,
    seed,
    params: publicParams(values),
  };
  const solutionBase = {
    explanation: renderPlaceholders(template.explanation, values),
    source: template.source,
  };

  switch (template.kind) {
    case "numeric": {
      const result = runAnswer(template.answer, values);
      const shown = formatQuantity(result.value, result.unit, template.display);
      const solution: Solution = {
        ...solutionBase,
        expectedText: shown,
        numeric: {
          value: result.value,
          unit: result.unit,
          displayUnit: template.display.unit,
          tolerance: template.tolerance ?? defaultTolerance(result, template.display.unit),
        },
        get steps() {
          return withDisplayStep(result, shown, template.display.unit);
        },
      };
      return { ...base, answerUnit: template.display.unit, solution };
    }
    case "multiple_choice": {
      if (template.choices) {
        // Authors may fix the order of static choices ("All of the above" last); computed ones always shuffle.
        const ordered = settings.shuffleChoices === false ? template.choices : shuffled(template.choices, random);
        const choices = ordered.map((c, i) => ({ ...c, id: `c${i + 1}` }));
        const correct = choices.find((c) => c.correct)!;
        return {
          ...base,
          choices: choices.map(({ id, text }) => ({ id, text: renderPlaceholders(text, values) })),
          solution: {
            ...solutionBase,
            expectedText: renderPlaceholders(correct.text, values),
            correctChoiceId: correct.id,
            choiceFeedback: Object.fromEntries(choices.filter((c) => !c.correct).map((c) => [c.id, { text: c.feedback ?? "Not this one." }])),
            steps: [],
          },
        };
      }
      const display = template.display ?? { unit: "", digits: 3 };
      const result = runAnswer(template.answer!, values);
      const right = formatQuantity(result.value, result.unit, display);
      const wrong = (template.distractors ?? []).map((d) => {
        const value = d.scale !== undefined ? result.value * d.scale : runAnswer(d.answer!, values).value;
        return { text: formatQuantity(value, result.unit, display), misconception: d.misconception };
      });
      // Two mistakes can land on the same number; a choice is listed once.
      const seen = new Set([right]);
      const unique = wrong.filter((w) => !seen.has(w.text) && seen.add(w.text));
      const options = shuffled([{ text: right, misconception: undefined }, ...unique], random).map((o, i) => ({ ...o, id: `c${i + 1}` }));
      const correctId = options.find((o) => o.text === right)!.id;
      return {
        ...base,
        choices: options.map(({ id, text }) => ({ id, text })),
        solution: {
          ...solutionBase,
          expectedText: right,
          correctChoiceId: correctId,
          choiceFeedback: Object.fromEntries(
            options.filter((o) => o.misconception).map((o) => [o.id, { misconception: o.misconception, text: MISCONCEPTIONS[o.misconception!] }]),
          ),
          get steps() {
            return withDisplayStep(result, right, display.unit);
          },
        },
      };
    }
    case "true_false":
      return {
        ...base,
        choices: [
          { id: "true", text: "True" },
          { id: "false", text: "False" },
        ],
        solution: { ...solutionBase, expectedText: template.correct ? "True" : "False", truth: template.correct, correctChoiceId: String(template.correct), steps: [] },
      };
    case "ordering": {
      const items = template.items.map((text, i) => ({ text: renderPlaceholders(text, values), rank: i }));
      let order = shuffled(items, random);
      // A list shown already in order would give the answer away.
      if (order.every((it, i) => it.rank === i)) order = [...order.slice(1), order[0]!];
      const shown = order.map((it, i) => ({ id: `o${i + 1}`, text: it.text, rank: it.rank }));
      const correctOrder = [...shown].sort((a, b) => a.rank - b.rank);
      return {
        ...base,
        choices: shown.map(({ id, text }) => ({ id, text })),
        solution: { ...solutionBase, expectedText: correctOrder.map((it) => it.text).join(" → "), order: correctOrder.map((it) => it.id), steps: [] },
      };
    }
    case "short_text":
      return { ...base, solution: { ...solutionBase, expectedText: template.accepted[0]!, accepted: template.accepted, steps: [] } };
  }
}

function withDisplayStep(result: ComputeResult, shown: string, displayUnit: string): string[] {
  return displayUnit && displayUnit !== result.unit ? [...result.steps, `In ${displayUnit}: ${shown}.`] : result.steps;
}
