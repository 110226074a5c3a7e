import { checkNumericAnswer } from "./check-numeric-answer";
import type { MisconceptionId } from "./misconceptions";
import type { Variant } from "./variant";

export type Response =
  | { kind: "numeric"; text: string }
  | { kind: "choice"; choiceId: string }
  | { kind: "choices"; choiceIds: string[] }
  | { kind: "matching"; matches: Record<string, string> }
  | { kind: "ordering"; order: string[] }
  | { kind: "text"; text: string };

/**
 * `score` is the share of the question's marks earned, 0…1 (partial credit for matching, multiple
 * answers and a missing unit); `correct` means full credit.
 */
export type Grade = { correct: boolean; score: number; feedback: string; expectedText: string; misconception?: MisconceptionId };

type Verdict = Omit<Grade, "score"> & { score?: number };

const normalise = (s: string) => s.toLowerCase().normalize("NFKD").replace(/[\s\-_.,;:!?'"()’`]/g, "");

/** Grades a student's response against a variant's solution. Never throws on what a student sends. */
export function gradeResponse(variant: Variant, response: Response): Grade {
  const v = verdict(variant, response);
  return { ...v, score: v.score ?? (v.correct ? 1 : 0) };
}

function verdict(variant: Variant, response: Response): Verdict {
  const { solution } = variant;
  const expectedText = solution.expectedText;
  switch (variant.kind) {
    case "numeric": {
      if (response.kind !== "numeric" || !solution.numeric) return { correct: false, feedback: "Type a number as your answer.", expectedText };
      const { value, unit, displayUnit, tolerance, unitPenalty } = solution.numeric;
      const r = checkNumericAnswer({ answerText: response.text, expected: { value, unit, displayUnit }, tolerance });
      // Moodle's unit penalty: the number is right, but the unit the question asks for is missing.
      if (r.correct && unitPenalty !== undefined && !r.unitGiven) {
        const score = Math.max(0, 1 - unitPenalty);
        return { correct: false, score, feedback: `The number is right, but give its unit (${displayUnit}): without it the answer earns ${percentOf(score)} of the marks.`, expectedText };
      }
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
    case "multiple_answer":
      return gradeMultipleAnswer(variant, response);
    case "matching":
      return gradeMatching(variant, response);
    case "short_text": {
      if (response.kind !== "text" || !response.text.trim()) return { correct: false, feedback: "Type an answer first.", expectedText };
      const given = normalise(response.text);
      const ok = (solution.accepted ?? []).some((a) => normalise(a) === given);
      return { correct: ok, feedback: ok ? "Correct." : "Not quite.", expectedText };
    }
  }
}

const percentOf = (share: number) => `${Math.round(share * 1000) / 10} %`;

/**
 * Choose all that apply: each right choice ticked earns 1/k (k right choices), each wrong one
 * ticked takes away 1/(n − k), never below zero (as Moodle's multiple-answer questions with the
 * wrong choices' fractions summing to −100 %).
 */
function gradeMultipleAnswer(variant: Variant, response: Response): Verdict {
  const { solution } = variant;
  const expectedText = solution.expectedText;
  const ids = new Set((variant.choices ?? []).map((c) => c.id));
  if (response.kind !== "choices" || response.choiceIds.length === 0 || !response.choiceIds.every((id) => ids.has(id))) {
    return { correct: false, feedback: "Tick every choice that applies.", expectedText };
  }
  const right = new Set(solution.correctChoiceIds ?? []);
  const ticked = new Set(response.choiceIds);
  const k = right.size;
  const wrongCount = ids.size - k;
  const rightTicked = [...ticked].filter((id) => right.has(id)).length;
  const wrongTicked = ticked.size - rightTicked;
  const score = Math.max(0, Math.min(1, rightTicked / k - (wrongCount ? wrongTicked / wrongCount : 0)));
  if (rightTicked === k && wrongTicked === 0) return { correct: true, score: 1, feedback: "Correct.", expectedText };
  const parts = [`${rightTicked} of the ${k} right choice${k === 1 ? "" : "s"} ticked`];
  if (wrongTicked) parts.push(`${wrongTicked} wrong one${wrongTicked === 1 ? "" : "s"} ticked too (each takes away 1/${wrongCount})`);
  const why = [...ticked].flatMap((id) => (right.has(id) ? [] : solution.choiceFeedback?.[id]?.text ? [solution.choiceFeedback[id]!.text] : []));
  return { correct: false, score, feedback: `${parts.join(", ")}: ${percentOf(score)} of the marks.${why.length ? ` ${why.join(" ")}` : ""}`, expectedText };
}

/** Matching: the share of prompts given their right answer; an unmatched prompt counts as wrong. */
function gradeMatching(variant: Variant, response: Response): Verdict {
  const { solution } = variant;
  const expectedText = solution.expectedText;
  const matches = solution.matches ?? {};
  const prompts = Object.keys(matches);
  if (response.kind !== "matching" || prompts.length === 0) return { correct: false, feedback: "Match each item to an answer.", expectedText };
  const right = prompts.filter((p) => response.matches[p] !== undefined && response.matches[p] === matches[p]).length;
  if (right === prompts.length) return { correct: true, score: 1, feedback: "Correct.", expectedText };
  const score = right / prompts.length;
  return { correct: false, score, feedback: `${right} of ${prompts.length} pairs right: ${percentOf(score)} of the marks.`, expectedText };
}
