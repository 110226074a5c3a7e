import type { Binding, ParameterSpec, Template } from "@/lib/questions/template-schema";
import type { MisconceptionId } from "@/lib/questions/misconceptions";
import { FORMULA_FN } from "@/lib/compute/formula-parse";

/**
 * The template editor's form state. Numbers are kept as the text the author typed, so a
 * half-typed "1e" or an empty box stays on screen; `draftToInput` turns the draft into a
 * template for the server, which validates it (a bad number becomes a field error there).
 * The fields of every kind live side by side, so switching kind and back loses nothing.
 */
export type BindingDraft = {
  /** A parameter ("n") or preset field ("model.layers"); "" means the constant in `value`. */
  ref: string;
  value: string;
};

/** A library call (`fn` and its inputs), or a formula answer (`fn` "formula", its text and the unit of its result). */
export type AnswerDraft = { fn: string; inputs: Record<string, BindingDraft>; formula?: string; unit?: string };

export type ParameterDraft = {
  id: string;
  kind: ParameterSpec["kind"];
  name: string;
  label: string;
  min: string;
  max: string;
  step: string;
  /** Choice values, separated by commas or spaces. */
  values: string;
  /** Choice: the dataset whose parameters are drawn together (the k-th value of each); empty for none. */
  dataset: string;
  presets: string[];
};

export type ConstraintDraft = { id: string; left: BindingDraft; op: Template["constraints"][number]["op"]; right: BindingDraft };
export type DistractorDraft = { id: string; misconception: MisconceptionId | ""; mode: "scale" | "answer"; scale: string; answer: AnswerDraft };
export type ChoiceDraft = { id: string; text: string; correct: boolean; feedback: string };
export type TextRowDraft = { id: string; text: string };
export type PairDraft = { id: string; prompt: string; answer: string };

export type TemplateDraft = {
  key: string;
  topic: Template["topic"];
  kind: Template["kind"];
  title: string;
  difficulty: Template["difficulty"];
  /** Comma-separated. */
  tags: string;
  prompt: string;
  explanation: string;
  sourceTitle: string;
  sourceUrl: string;
  sourceDetail: string;
  parameters: ParameterDraft[];
  constraints: ConstraintDraft[];
  /** Numeric, and computed multiple choice. */
  answer: AnswerDraft;
  displayUnit: string;
  displayDigits: string;
  /** Relative tolerance in percent (1 = 1 %); both empty means the default. */
  tolerancePercent: string;
  toleranceAbsolute: string;
  /** Numeric: the share lost, in percent, by a right number without its unit; empty: a bare number is read in the display unit. */
  unitPenaltyPercent: string;
  choiceMode: "computed" | "static";
  distractors: DistractorDraft[];
  choices: ChoiceDraft[];
  truth: boolean;
  items: TextRowDraft[];
  accepted: TextRowDraft[];
  /** Matching: the pairs, and extra wrong answers offered with them. */
  pairs: PairDraft[];
  matchDistractors: TextRowDraft[];
};

export const emptyBinding = (): BindingDraft => ({ ref: "", value: "" });

export function bindingToDraft(binding: Binding): BindingDraft {
  return typeof binding === "number" ? { ref: "", value: String(binding) } : { ref: binding, value: "" };
}

export function answerToDraft(answer: { fn: string; inputs: Record<string, Binding>; formula?: string; unit?: string } | undefined): AnswerDraft {
  const draft: AnswerDraft = { fn: answer?.fn ?? "", inputs: Object.fromEntries(Object.entries(answer?.inputs ?? {}).map(([k, b]) => [k, bindingToDraft(b)])) };
  return answer?.fn === FORMULA_FN ? { ...draft, formula: answer.formula ?? "", unit: answer.unit ?? "" } : draft;
}

export function parameterToDraft(p: ParameterSpec, id: string): ParameterDraft {
  const draft: ParameterDraft = { id, kind: p.kind, name: p.name, label: p.label ?? "", min: "", max: "", step: "", values: "", dataset: "", presets: [] };
  if (p.kind === "int" || p.kind === "float") return { ...draft, min: String(p.min), max: String(p.max), step: String(p.step) };
  if (p.kind === "choice") return { ...draft, values: p.values.join(", "), dataset: p.dataset ?? "" };
  return { ...draft, presets: [...p.presets] };
}

/** A fresh template: the first topic, numeric, with room for the answer. */
export function emptyDraft(): TemplateDraft {
  return {
    key: "",
    topic: "sliding-window-attention",
    kind: "numeric",
    title: "",
    difficulty: "medium",
    tags: "",
    prompt: "",
    explanation: "",
    sourceTitle: "",
    sourceUrl: "",
    sourceDetail: "",
    parameters: [],
    constraints: [],
    answer: { fn: "", inputs: {} },
    displayUnit: "",
    displayDigits: "3",
    tolerancePercent: "",
    toleranceAbsolute: "",
    unitPenaltyPercent: "",
    choiceMode: "computed",
    distractors: [],
    choices: [
      { id: "c0", text: "", correct: true, feedback: "" },
      { id: "c1", text: "", correct: false, feedback: "" },
    ],
    truth: true,
    items: ["i0", "i1", "i2"].map((id) => ({ id, text: "" })),
    accepted: [{ id: "a0", text: "" }],
    pairs: ["m0", "m1", "m2"].map((id) => ({ id, prompt: "", answer: "" })),
    matchDistractors: [],
  };
}

/** The form state for a stored template (row ids are positional: "p0", "c1", …). */
export function templateToDraft(t: Template): TemplateDraft {
  const draft: TemplateDraft = {
    ...emptyDraft(),
    key: t.key,
    topic: t.topic,
    kind: t.kind,
    title: t.title,
    difficulty: t.difficulty,
    tags: t.tags.join(", "),
    prompt: t.prompt,
    explanation: t.explanation,
    sourceTitle: t.source.title,
    sourceUrl: t.source.url ?? "",
    sourceDetail: t.source.detail ?? "",
    parameters: t.parameters.map((p, i) => parameterToDraft(p, `p${i}`)),
    constraints: t.constraints.map((c, i) => ({ id: `k${i}`, left: bindingToDraft(c.left), op: c.op, right: bindingToDraft(c.right) })),
  };
  switch (t.kind) {
    case "numeric":
      return {
        ...draft,
        answer: answerToDraft(t.answer),
        displayUnit: t.display.unit,
        displayDigits: String(t.display.digits),
        tolerancePercent: t.tolerance?.relative !== undefined ? String(Number((t.tolerance.relative * 100).toPrecision(12))) : "",
        toleranceAbsolute: t.tolerance?.absolute !== undefined ? String(t.tolerance.absolute) : "",
        unitPenaltyPercent: t.unitPenalty !== undefined ? String(Number((t.unitPenalty * 100).toPrecision(12))) : "",
      };
    case "multiple_choice":
      if (t.choices) {
        return {
          ...draft,
          choiceMode: "static",
          choices: t.choices.map((c, i) => ({ id: `c${i}`, text: c.text, correct: c.correct, feedback: c.feedback ?? "" })),
        };
      }
      return {
        ...draft,
        choiceMode: "computed",
        answer: answerToDraft(t.answer),
        displayUnit: t.display?.unit ?? "",
        displayDigits: String(t.display?.digits ?? 3),
        distractors: (t.distractors ?? []).map((d, i) => ({
          id: `d${i}`,
          misconception: d.misconception,
          mode: d.answer ? "answer" : "scale",
          scale: d.scale !== undefined ? String(d.scale) : "",
          answer: answerToDraft(d.answer),
        })),
      };
    case "true_false":
      return { ...draft, truth: t.correct };
    case "ordering":
      return { ...draft, items: t.items.map((text, i) => ({ id: `i${i}`, text })) };
    case "short_text":
      return { ...draft, accepted: t.accepted.map((text, i) => ({ id: `a${i}`, text })) };
    case "matching":
      return {
        ...draft,
        pairs: t.pairs.map((p, i) => ({ id: `m${i}`, prompt: p.prompt, answer: p.answer })),
        matchDistractors: t.distractors.map((text, i) => ({ id: `x${i}`, text })),
      };
    case "multiple_answer":
      return { ...draft, choices: t.choices.map((c, i) => ({ id: `c${i}`, text: c.text, correct: c.correct, feedback: c.feedback ?? "" })) };
  }
}

/** Text to number: empty is "not given"; anything unreadable is passed on as text for the schema to reject beside its field. */
export function parseNumber(text: string): number | string | undefined {
  const trimmed = text.trim();
  if (trimmed === "") return undefined;
  const n = Number(trimmed);
  return Number.isFinite(n) ? n : trimmed;
}

const optionalText = (text: string): string | undefined => (text.trim() === "" ? undefined : text.trim());

function bindingToInput(b: BindingDraft | undefined): Binding | string | undefined {
  if (!b) return undefined;
  return b.ref !== "" ? b.ref : parseNumber(b.value);
}

function answerToInput(a: AnswerDraft): { fn: string; inputs: Record<string, unknown>; formula?: string; unit?: string } {
  if (a.fn === FORMULA_FN) return { fn: a.fn, inputs: {}, formula: a.formula?.trim() ?? "", unit: optionalText(a.unit ?? "") };
  return { fn: a.fn, inputs: Object.fromEntries(Object.entries(a.inputs).map(([k, b]) => [k, bindingToInput(b)])) };
}

function parameterToInput(p: ParameterDraft): Record<string, unknown> {
  const base = { kind: p.kind, name: p.name.trim(), label: optionalText(p.label) };
  switch (p.kind) {
    case "int":
    case "float":
      return { ...base, min: parseNumber(p.min), max: parseNumber(p.max), step: parseNumber(p.step) };
    case "choice":
      return { ...base, values: p.values.split(/[\s,;]+/).filter(Boolean).map(parseNumber), dataset: optionalText(p.dataset) };
    case "preset":
      return { ...base, presets: p.presets };
  }
}

/**
 * The template the draft describes, in the shape `templateSchema` parses. Unset optional
 * fields are left out (not sent as empty strings), so an untouched stored template turns
 * back into exactly the same definition and saving it is a no-op.
 */
export function draftToInput(d: TemplateDraft): Record<string, unknown> {
  const percent = parseNumber(d.tolerancePercent);
  const absolute = parseNumber(d.toleranceAbsolute);
  const base = {
    key: d.key.trim(),
    topic: d.topic,
    kind: d.kind,
    title: d.title.trim(),
    difficulty: d.difficulty,
    tags: d.tags.split(/[\s,]+/).filter(Boolean),
    prompt: d.prompt,
    explanation: d.explanation,
    source: { title: d.sourceTitle.trim(), url: optionalText(d.sourceUrl), detail: optionalText(d.sourceDetail) },
    parameters: d.parameters.map(parameterToInput),
    constraints: d.constraints.map((c) => ({ left: bindingToInput(c.left), op: c.op, right: bindingToInput(c.right) })),
  };
  const display = { unit: d.displayUnit.trim(), digits: parseNumber(d.displayDigits) };
  switch (d.kind) {
    case "numeric": {
      const tolerance =
        percent === undefined && absolute === undefined
          ? undefined
          : { relative: typeof percent === "number" ? Number((percent / 100).toPrecision(12)) : percent, absolute };
      const penalty = parseNumber(d.unitPenaltyPercent);
      const unitPenalty = typeof penalty === "number" ? Number((penalty / 100).toPrecision(12)) : penalty;
      return { ...base, answer: answerToInput(d.answer), display, tolerance, unitPenalty };
    }
    case "multiple_choice":
      if (d.choiceMode === "static") {
        return { ...base, choices: d.choices.map((c) => ({ text: c.text.trim(), correct: c.correct, feedback: optionalText(c.feedback) })) };
      }
      return {
        ...base,
        answer: answerToInput(d.answer),
        display,
        distractors: d.distractors.map((x) => ({
          misconception: x.misconception,
          ...(x.mode === "scale" ? { scale: parseNumber(x.scale) } : { answer: answerToInput(x.answer) }),
        })),
      };
    case "true_false":
      return { ...base, correct: d.truth };
    case "ordering":
      return { ...base, items: d.items.map((i) => i.text.trim()) };
    case "short_text":
      return { ...base, accepted: d.accepted.map((a) => a.text.trim()) };
    case "matching":
      return { ...base, pairs: d.pairs.map((p) => ({ prompt: p.prompt.trim(), answer: p.answer.trim() })), distractors: d.matchDistractors.map((x) => x.text.trim()) };
    case "multiple_answer":
      return { ...base, choices: d.choices.map((c) => ({ text: c.text.trim(), correct: c.correct, feedback: optionalText(c.feedback) })) };
  }
}

/** Keeps the bindings an answer already has for inputs the new function shares; binds the rest to a same-named parameter if there is one. */
export function rebindAnswer(answer: AnswerDraft, fn: string, inputNames: readonly string[], parameterNames: readonly string[]): AnswerDraft {
  const inputs = Object.fromEntries(
    inputNames.map((name) => [name, answer.inputs[name] ?? (parameterNames.includes(name) ? { ref: name, value: "" } : emptyBinding())]),
  );
  return fn === FORMULA_FN ? { fn, inputs: {}, formula: answer.formula ?? "", unit: answer.unit ?? "" } : { fn, inputs };
}

/** What a binding can refer to: plain parameters by name, preset parameters by field ("model.layers"). */
export function bindingOptions(parameters: readonly ParameterDraft[], presetFields: readonly string[]): string[] {
  return parameters
    .filter((p) => p.name.trim() !== "")
    .flatMap((p) => (p.kind === "preset" ? presetFields.map((f) => `${p.name.trim()}.${f}`) : [p.name.trim()]));
}
