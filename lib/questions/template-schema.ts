import { z } from "zod";
import { FORMULA_FN, MAX_FORMULA_LENGTH } from "@/lib/compute/formula-parse";
import { MISCONCEPTION_IDS } from "./misconceptions";
import { text, webUrl } from "@/lib/schemas/text";
import { TOPIC_SLUGS } from "@/lib/topics/topic-list";

const name = text().regex(/^[a-zA-Z][a-zA-Z0-9_]*$/, { error: "Use letters, digits and _ (starting with a letter)." });

/** A value fed to a compute input: a parameter reference ("n", "model.layers") or a constant. */
export const bindingSchema = z.union([text().regex(/^[a-zA-Z][a-zA-Z0-9_]*(\.[a-zA-Z][a-zA-Z0-9_]*)?$/), z.number()]);
export type Binding = z.infer<typeof bindingSchema>;

/** A range parameter whose max is below its min has no values at all. */
const minUpToMax = (p: { min: number; max: number }) => p.max >= p.min;
const MAX_BELOW_MIN = { path: ["max"], error: "Max must be at least Min." };

/** Most values one list parameter holds: the built-in templates list at most a few dozen, a Moodle dataset at most 100. */
export const MAX_CHOICE_VALUES = 1000;

export const parameterSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("int"), name, label: text().optional(), min: z.number().int(), max: z.number().int(), step: z.number().int().positive().default(1) }).refine(minUpToMax, MAX_BELOW_MIN),
  z.object({ kind: z.literal("float"), name, label: text().optional(), min: z.number(), max: z.number(), step: z.number().positive() }).refine(minUpToMax, MAX_BELOW_MIN),
  /**
   * Fixed values. Choice parameters naming the same `dataset` are drawn together: every draw
   * takes the k-th value of each (Moodle's dataset item k), so they must list equally many.
   */
  z.object({
    kind: z.literal("choice"),
    name,
    label: text().optional(),
    values: z
      .array(z.number())
      .min(1)
      .max(MAX_CHOICE_VALUES, { error: `A list holds at most ${MAX_CHOICE_VALUES.toLocaleString("en")} values; use a range for more.` }),
    dataset: name.optional(),
  }),
  /** One of the named real-model configurations in presets.ts; `{model}` renders its label, `{model.layers}` a value. */
  z.object({ kind: z.literal("preset"), name, label: text().optional(), presets: z.array(text()).min(1) }),
]);
export type ParameterSpec = z.infer<typeof parameterSchema>;

/**
 * A compute call: the function name from the registry and where each input comes from. Or a
 * formula answer: `fn: "formula"` with `formula`, arithmetic over the parameters written as
 * `{name}` (no inputs), and `unit`, the unit its result is in (GB, deg; none for a plain number).
 */
export const answerSchema = z
  .object({
    fn: text().min(1),
    inputs: z.record(text(), bindingSchema),
    formula: text().min(1).max(MAX_FORMULA_LENGTH).optional(),
    unit: text().max(20).optional(),
  })
  .refine((a) => (a.fn === FORMULA_FN) === (a.formula !== undefined), { path: ["formula"], error: `Give a formula exactly when the function is "${FORMULA_FN}".` })
  .refine((a) => a.fn === FORMULA_FN || a.unit === undefined, { path: ["unit"], error: "Only a formula answer names its unit; a library function has its own." })
  .refine((a) => a.fn !== FORMULA_FN || Object.keys(a.inputs).length === 0, { path: ["inputs"], error: "A formula reads parameters as {name}; it has no inputs." });
export type AnswerSpec = z.infer<typeof answerSchema>;

export const constraintSchema = z.object({
  left: bindingSchema,
  op: z.enum(["<", "<=", ">", ">=", "!="]),
  right: bindingSchema,
});

export const displaySchema = z.object({
  /** Unit the answer is shown in: GiB, GB, MiB, b, "" (plain), %, thousand/million/billion, rad, deg. */
  unit: text().default(""),
  /** Significant digits; whole-number counts are shown exactly. */
  digits: z.number().int().min(1).max(12).default(3),
});

export const toleranceSchema = z
  .object({ relative: z.number().positive().max(0.5).optional(), absolute: z.number().nonnegative().optional() })
  .refine((t) => t.relative !== undefined || t.absolute !== undefined, { error: "Give a relative or an absolute tolerance." });

/** A wrong answer produced by a named mistake: scale the right value, or compute something else. */
export const distractorSchema = z
  .object({
    misconception: z.enum(MISCONCEPTION_IDS),
    scale: z.number().positive().optional(),
    answer: answerSchema.optional(),
  })
  .refine((d) => (d.scale === undefined) !== (d.answer === undefined), { error: "A distractor needs exactly one of `scale` or `answer`." });

export const staticChoiceSchema = z.object({ text: text().min(1), correct: z.boolean(), feedback: text().optional() });

const base = {
  /** Stable identifier across versions, e.g. "swa-kv-cache-llama". */
  key: text().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: "Use lower-case words joined by hyphens." }),
  topic: z.enum(TOPIC_SLUGS),
  title: text().min(3).max(120),
  /**
   * Markdown with {param} / {preset.field} placeholders and $KaTeX$ math. A brace
   * group right after a letter, "\\command", "_", "^" or "}" is left to KaTeX.
   */
  prompt: text().min(10),
  /** Markdown shown after answering, together with the computed steps. */
  explanation: text().min(10),
  source: z.object({ title: text().min(3), url: webUrl().optional(), detail: text().optional() }),
  difficulty: z.enum(["easy", "medium", "hard"]),
  tags: z.array(text().regex(/^[a-z0-9-]+$/)).default([]),
  parameters: z.array(parameterSchema).default([]),
  constraints: z.array(constraintSchema).default([]),
};

/** One pair of a matching question: a prompt and the answer it goes with. */
export const matchPairSchema = z.object({ prompt: text().min(1), answer: text().min(1) });

export const templateSchema = z.discriminatedUnion("kind", [
  z.object({
    ...base,
    kind: z.literal("numeric"),
    answer: answerSchema,
    display: displaySchema,
    tolerance: toleranceSchema.optional(),
    /**
     * Moodle's unit penalty: the unit must be written; a right number without it earns
     * (1 − unitPenalty) of the marks. Left out, a bare number is read in the display unit.
     */
    unitPenalty: z.number().gt(0).max(1).optional(),
  }),
  z
    .object({
      ...base,
      kind: z.literal("multiple_choice"),
      /** Computed: the right value from `answer`, wrong ones from `distractors`. */
      answer: answerSchema.optional(),
      display: displaySchema.optional(),
      distractors: z.array(distractorSchema).optional(),
      /** Static: fixed texts, exactly one correct. */
      choices: z.array(staticChoiceSchema).optional(),
    })
    .refine((t) => (t.answer && t.distractors && t.distractors.length >= 2 && !t.choices) || (!t.answer && !t.distractors && t.choices), {
      error: "A multiple-choice template has either `answer` + at least 2 `distractors`, or static `choices`.",
    })
    .refine((t) => !t.choices || (t.choices.length >= 2 && t.choices.filter((c) => c.correct).length === 1), {
      error: "Static choices need at least 2 options with exactly one correct.",
    }),
  z.object({ ...base, kind: z.literal("true_false"), correct: z.boolean() }),
  /** `items` are listed in the correct order; students see them shuffled. */
  z.object({ ...base, kind: z.literal("ordering"), items: z.array(text().min(1)).min(3).max(8) }),
  /** Compared after lower-casing and dropping spaces, hyphens and punctuation. */
  z.object({ ...base, kind: z.literal("short_text"), accepted: z.array(text().min(1)).min(1) }),
  /**
   * Each prompt goes with one answer; students pick it from every answer (and the extra wrong
   * ones) shuffled. Partial credit: the share of prompts matched right.
   */
  z
    .object({
      ...base,
      kind: z.literal("matching"),
      pairs: z.array(matchPairSchema).min(2).max(10),
      distractors: z.array(text().min(1)).max(6).default([]),
    })
    .refine(
      (t) => {
        // Empty prompts are reported on their own fields; only written ones can repeat.
        const written = t.pairs.map((p) => p.prompt.trim()).filter(Boolean);
        return new Set(written).size === written.length;
      },
      { path: ["pairs"], error: "Each prompt may appear only once." },
    )
    .refine((t) => t.distractors.every((d) => !t.pairs.some((p) => p.answer.trim() === d.trim())), {
      path: ["distractors"],
      error: "An extra wrong answer can't also be a right answer.",
    }),
  /**
   * Choose all that apply. Each right choice ticked earns 1/k of the marks (k right choices);
   * each wrong one ticked takes away 1/(n − k); the total is never below zero.
   */
  z
    .object({ ...base, kind: z.literal("multiple_answer"), choices: z.array(staticChoiceSchema).min(3).max(10) })
    .refine((t) => t.choices.some((c) => c.correct) && t.choices.some((c) => !c.correct), {
      path: ["choices"],
      error: "Mark at least one choice right and leave at least one wrong.",
    }),
]);

export type TemplateInput = z.input<typeof templateSchema>;
export type Template = z.output<typeof templateSchema>;
export type TemplateKind = Template["kind"];
