import type { ComputeUnit } from "@/lib/compute/types";
import type { Tolerance } from "./check-numeric-answer";
import type { MisconceptionId } from "./misconceptions";
import type { TemplateKind } from "./template-schema";

/** The answer key of a variant. Server-only: it never leaves the server before the student submits. */
export type Solution = {
  /** The correct answer as shown to students ("40 GiB", "True", "SFT → RM → PPO"). */
  expectedText: string;
  numeric?: { value: number; unit: ComputeUnit; displayUnit: string; tolerance: Tolerance; unitPenalty?: number };
  correctChoiceId?: string;
  /** Multiple answers: every right choice. */
  correctChoiceIds?: string[];
  /** Matching: the right option for each prompt. */
  matches?: Record<string, string>;
  /** Per wrong choice: the misconception it stands for, or the author's feedback. */
  choiceFeedback?: Record<string, { misconception?: MisconceptionId; text: string }>;
  truth?: boolean;
  order?: string[];
  accepted?: string[];
  steps: string[];
  explanation: string;
  source: { title: string; url?: string; detail?: string };
};

/**
 * What the student sees: enough to answer, nothing that gives the answer away. No template key
 * either: keys are written by authors and can name the answer ("swa-longformer-global").
 */
export type PublicVariant = {
  kind: TemplateKind;
  title: string;
  prompt: string;
  choices?: { id: string; text: string }[];
  /** Matching: the prompts, each to be given one of `choices`. */
  matchPrompts?: { id: string; text: string }[];
  /** Numeric questions: the unit the answer is expected in, as a hint next to the input. */
  answerUnit?: string;
  /** Numeric questions with a unit penalty: the unit must be written (the share lost without it). */
  unitRequired?: { penalty: number };
};

export type Variant = PublicVariant & {
  templateKey: string;
  seed: number;
  /** The parameter draw, for authors' previews and debugging; not for students. */
  params: Record<string, number | string>;
  solution: Solution;
};

/** Strips the answer key, the template key and the parameter values: the only shape that may be sent to a student. */
export function toPublicVariant(variant: Variant): PublicVariant {
  const { kind, title, prompt, choices, matchPrompts, answerUnit, unitRequired } = variant;
  return {
    kind,
    title,
    prompt,
    ...(choices ? { choices } : {}),
    ...(matchPrompts ? { matchPrompts } : {}),
    ...(answerUnit !== undefined ? { answerUnit } : {}),
    ...(unitRequired ? { unitRequired } : {}),
  };
}
