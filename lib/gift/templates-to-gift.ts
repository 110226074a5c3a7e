import { compileTemplate, generateVariant } from "@/lib/questions/generate-variant";
import type { Template } from "@/lib/questions/template-schema";
import { dimensionOf, fromBase, toDimensionBase } from "@/lib/questions/units";
import type { Variant } from "@/lib/questions/variant";
import type { GiftAnswers, GiftQuestion } from "./gift-types";

/**
 * Templates as GIFT questions. GIFT has no parameters, so a template with
 * parameters becomes `variants` concrete questions (seeds 0, 1, …, fewer if its
 * parameter space is smaller); a static one becomes one question. The category
 * is "topic/tag/…", which the GIFT import maps back to topic and tags.
 */
export function templatesToGift(templates: readonly Template[], options: { variants: number }): GiftQuestion[] {
  const out: GiftQuestion[] = [];
  for (const template of templates) {
    const parameterised = template.parameters.length > 0;
    const count = parameterised ? Math.min(options.variants, compileTemplate(template).space.size) : 1;
    for (let seed = 0; seed < count; seed++) {
      const v = generateVariant(template, seed);
      const unit = v.solution.numeric?.displayUnit;
      // Steps are the worked computation of this draw; a static template's steps add nothing.
      const steps = parameterised && v.solution.steps.length ? `\n\n${v.solution.steps.map((s) => `- ${s}`).join("\n")}` : "";
      out.push({
        line: 0,
        title: parameterised ? `${template.title} (variant ${seed + 1} of ${count})` : template.title,
        format: "markdown",
        text: unit ? `${v.prompt}\n\nGive the answer in ${unit}.` : v.prompt,
        category: [template.topic, ...template.tags].join("/"),
        generalFeedback: `${v.solution.explanation}${steps}`,
        ...(template.kind === "multiple_choice" && template.choices && !parameterised ? authoredChoices(template.choices) : answersOf(v)),
      });
    }
  }
  return out;
}

/** A static template's choices as authored: in order, with only the author's feedback. */
function authoredChoices(choices: readonly { text: string; correct: boolean; feedback?: string }[]): GiftAnswers {
  return { kind: "multiple_choice", choices: choices.map((c) => ({ text: c.text, weight: c.correct ? 100 : 0, ...(c.feedback ? { feedback: c.feedback } : {}) })) };
}

function answersOf(v: Variant): GiftAnswers {
  const { solution } = v;
  switch (v.kind) {
    case "numeric": {
      const { value, unit, displayUnit, tolerance } = solution.numeric!;
      const shown = (x: number) => fromBase(toDimensionBase(x, unit), displayUnit, dimensionOf(unit));
      const shownValue = shown(value);
      // Grading accepts an answer within either tolerance; GIFT has one absolute one.
      const absolute = Math.max(tolerance.absolute !== undefined ? Math.abs(shown(tolerance.absolute)) : 0, Math.abs(shownValue) * (tolerance.relative ?? 0));
      return { kind: "numeric", answers: [{ weight: 100, value: Number(shownValue.toPrecision(12)), tolerance: Number(absolute.toPrecision(6)) }] };
    }
    case "multiple_choice":
      return {
        kind: "multiple_choice",
        choices: v.choices!.map((c) => {
          const feedback = solution.choiceFeedback?.[c.id]?.text;
          return { text: c.text, weight: c.id === solution.correctChoiceId ? 100 : 0, ...(feedback ? { feedback } : {}) };
        }),
      };
    case "true_false":
      return { kind: "true_false", answer: solution.truth! };
    case "short_text":
      return { kind: "short_answer", answers: solution.accepted!.map((text) => ({ text, weight: 100 })) };
    case "multiple_answer": {
      // Moodle's multiple answer: right choices share +100 %, wrong ones −100 %, as graded here.
      const right = new Set(solution.correctChoiceIds);
      const share = (n: number) => Number((100 / n).toFixed(5));
      const k = right.size;
      const others = v.choices!.length - k;
      return {
        kind: "multiple_choice",
        multiple: true,
        choices: v.choices!.map((c) => {
          const feedback = solution.choiceFeedback?.[c.id]?.text;
          return { text: c.text, weight: right.has(c.id) ? share(k) : -share(others), ...(feedback ? { feedback } : {}) };
        }),
      };
    }
    case "matching": {
      const text = new Map(v.choices!.map((c) => [c.id, c.text]));
      return { kind: "matching", pairs: v.matchPrompts!.map((p) => ({ left: p.text, right: text.get(solution.matches![p.id]!)! })) };
    }
    case "ordering": {
      // Moodle has no ordering question; matching each item to its position is the closest.
      const text = new Map(v.choices!.map((c) => [c.id, c.text]));
      return { kind: "matching", pairs: solution.order!.map((id, i) => ({ left: text.get(id)!, right: String(i + 1) })) };
    }
  }
}
