import type { z } from "zod";

/**
 * Template validation problems as sentences an author can act on ("Title needs at least 3
 * characters.") instead of the validator's own wording ("title: Too small: expected string to
 * have >=3 characters"), with the field each belongs to.
 */

export type TemplateIssue = {
  /** The field's full path ("parameters.0.max"), as the editor keys its fields. */
  path: string;
  /** Shown beside the field, whose label is already there. */
  field: string;
  /** Shown in the list of problems, naming the field. */
  summary: string;
};

const TOP_LABELS: Record<string, string> = {
  key: "Key",
  topic: "Topic",
  kind: "Question kind",
  title: "Title",
  prompt: "Prompt",
  explanation: "Explanation",
  "source.title": "Source title",
  "source.url": "Source URL",
  "source.detail": "Source detail",
  source: "Source",
  difficulty: "Difficulty",
  tags: "Tags",
  parameters: "Parameters",
  constraints: "Constraints",
  "display.unit": "Display unit",
  "display.digits": "Significant digits",
  tolerance: "Tolerance",
  "tolerance.relative": "Relative tolerance",
  "tolerance.absolute": "Absolute tolerance",
  "answer.fn": "Answer function",
  "answer.formula": "Formula",
  "answer.unit": "Formula unit",
  answer: "Answer",
  distractors: "Distractors",
  choices: "Choices",
  items: "Items",
  accepted: "Accepted answers",
  unitPenalty: "Unit penalty",
  pairs: "Pairs",
};

const LIST_LABELS: Record<string, string> = {
  parameters: "Parameter",
  constraints: "Constraint",
  distractors: "Distractor",
  choices: "Choice",
  items: "Item",
  accepted: "Accepted answer",
  tags: "Tag",
  pairs: "Pair",
};

const PART_LABELS: Record<string, string> = {
  name: "name",
  label: "label",
  min: "min",
  max: "max",
  step: "step",
  values: "values",
  presets: "models",
  left: "left side",
  right: "right side",
  op: "comparison",
  misconception: "misconception",
  scale: "scale",
  text: "text",
  feedback: "feedback",
  prompt: "prompt",
  answer: "answer",
};

/** "Title", "Parameter 2 max", "Input “tokens” of the answer". */
export function labelForPath(path: readonly PropertyKey[]): string {
  const [head, second, third] = path.map(String);
  if (head && head in LIST_LABELS && second !== undefined && /^\d+$/.test(second)) {
    const item = `${LIST_LABELS[head]} ${Number(second) + 1}`;
    return third ? `${item} ${PART_LABELS[third] ?? third}` : item;
  }
  if (head === "answer" && second === "inputs" && third) return `Input “${third}” of the answer`;
  const joined = path.map(String).join(".");
  return TOP_LABELS[joined] ?? TOP_LABELS[head ?? ""] ?? (joined || "The template");
}

// The validator's own messages start like this; messages written in the schema are kept as they are.
const GENERIC = /^(Invalid|Too (small|big)|Expected)/;

function sentence(issue: z.core.$ZodIssue, label: string): string {
  if (!GENERIC.test(issue.message)) return issue.message;
  switch (issue.code) {
    case "too_small": {
      const n = Number(issue.minimum);
      if (issue.origin === "string") return n <= 1 ? `${label} is required.` : `${label} needs at least ${n} characters.`;
      if (issue.origin === "array") return `${label} needs at least ${n} ${n === 1 ? "entry" : "entries"}.`;
      return issue.inclusive === false ? `${label} must be more than ${n}.` : `${label} must be at least ${n}.`;
    }
    case "too_big": {
      const n = Number(issue.maximum);
      if (issue.origin === "string") return `${label} can have at most ${n} characters.`;
      if (issue.origin === "array") return `${label} can have at most ${n} entries.`;
      return issue.inclusive === false ? `${label} must be less than ${n}.` : `${label} can be at most ${n}.`;
    }
    case "invalid_type":
      if (/received undefined/.test(issue.message)) return `${label} is required.`;
      return issue.expected === "number" || issue.expected === "int" ? `${label} must be a number.` : `${label} isn't valid.`;
    case "invalid_value":
      return `Choose one of the offered values for ${label.toLowerCase()}.`;
    case "invalid_format":
      return `${label} isn't in the expected form.`;
    default:
      return `${label} isn't valid.`;
  }
}

/** One entry per problem, in the order found; a second problem on the same field is dropped. */
export function describeTemplateIssues(error: z.ZodError): TemplateIssue[] {
  const seen = new Set<string>();
  const out: TemplateIssue[] = [];
  for (const issue of error.issues) {
    const path = issue.path.map(String).join(".") || "template";
    if (seen.has(path)) continue;
    seen.add(path);
    const label = labelForPath(issue.path);
    const field = sentence(issue, label);
    out.push({ path, field, summary: field.startsWith(label) ? field : `${label}: ${field}` });
  }
  return out;
}
