import { checkNumericAnswer } from "./check-numeric-answer";
import type { MisconceptionId } from "./misconceptions";
import type { Variant } from "./variant";

export type Response =
  | { kind: "numeric"; text: string }
  | { kind: "choice"; choiceId: string }
  | { kind: "ordering"; order: string[] }
  | { kind: "text"; text: string };

export type Grade = { correct: boolean; feedback: string; expectedText: string; misconception?: MisconceptionId };

const normalise = (s: string) => s.toLowerCase().normalize("NFKD").replace(/[\s\-_.,;:!?'"()’`]/g, "");

/** Grades a student's response against a variant's solution. Never throws on what a student sends. */
export function gradeResponse(variant: Variant, response: Response): Grade {
  const { solution } = variant;
  const expectedText = solution.expectedText;
  switch (variant.kind) {
    case "numeric": {
      if (response.kind !== "numeric" || !solution.numeric) return { correct: false, feedback: "Type a number as your answer.", expectedText };
      const { value, unit, displayUnit, tolerance } = solution.numeric;
      const r = checkNumericAnswer({ answerText: response.text, expected: { value, unit, displayUnit }, tolerance });
      return { correct: r.correct, feedback: r.feedback, expectedText, ...(r.misconception ? { misconception: r.misconception } : {}) };
    }
    case "multiple_choice":
    case "true_false": {
      if (response.kind !== "choice" || !variant.choices?.some((c) => c.id === response.choiceId)) {
        return { correct: false, feedback: "Pick one of the options.", expectedText };
      }
      if (response.choiceId === solution.correctChoiceId) return { correct: true, feedback: "Correct.", expectedText };
      const why = solution.choiceFeedback?.[response.choiceId];
      return { correct: false, feedback: why?.text ?? "Not quite.", expectedText, ...(why?.misconception ? { misconception: why.misconception } : {}) };
    }
    case "ordering": {
      const order = solution.order ?? [];
      if (response.kind !== "ordering" || response.order.length !== order.length || new Set(response.order).size !== order.length) {
        return { correct: false, feedback: "Put every item in order.", expectedText };
      }
      const placed = response.order.filter((id, i) => id === order[i]).length;
      return placed === order.length
        ? { correct: true, feedback: "Correct.", expectedText }
        : { correct: false, feedback: `${placed} of ${order.length} in the right place.`, expectedText };
    }
    case "short_text": {
      if (response.kind !== "text" || !response.text.trim()) return { correct: false, feedback: "Type an answer first.", expectedText };
      const given = normalise(response.text);
      const ok = (solution.accepted ?? []).some((a) => normalise(a) === given);
      return { correct: ok, feedback: ok ? "Correct." : "Not quite.", expectedText };
    }
  }
}
