import { hash32 } from "@/lib/random/seeded-random";
import type { TemplateInput } from "@/lib/questions/template-schema";
import { categoryToTopic, type TopicRef } from "./gift-category";
import type { GiftIssue, GiftQuestion } from "./gift-types";
import { htmlToMarkdown } from "./html-to-markdown";
import { keyFromTitle, uniqueKey } from "./slug";

export type GiftMappingOptions = {
  topics: readonly TopicRef[];
  /** Slug of the topic for questions whose category names none. */
  defaultTopic: string;
  /** Keys a GIFT question must not take (built-in templates); keys of earlier imports may be reused, so re-importing a file updates them. */
  reservedKeys?: ReadonlySet<string>;
};

export type MappedTemplate = { line: number; template: TemplateInput };

export type GiftMapping = { templates: MappedTemplate[]; errors: GiftIssue[]; warnings: GiftIssue[] };

type Mapped = Omit<Extract<TemplateInput, { kind: "numeric" }>, "kind" | "answer" | "display" | "tolerance">;

export const GIFT_SOURCE = { title: "Imported from Moodle GIFT" };

/**
 * GIFT questions as static Quizformer templates (no parameters). Numeric answers
 * use the `const.value` compute function; multiple choice written with "~" and weights
 * only is Moodle's multiple-answer question (graded here with equal shares, reported when the
 * weights differ); other partial credit is reported as a warning; matching questions that rank
 * items 1…n import as ordering (that is how ordering questions are exported), others as matching.
 */
export function giftToTemplates(questions: readonly GiftQuestion[], options: GiftMappingOptions): GiftMapping {
  const mapper = giftMapper(options);
  const templates: MappedTemplate[] = [];
  for (const q of questions) {
    const mapped = mapper.add(q);
    if (mapped) templates.push(mapped);
  }
  return { templates, errors: mapper.errors, warnings: mapper.warnings };
}

/**
 * `giftToTemplates` one question at a time, for a large file read a slice at a
 * time: keys stay unique and each unknown category is reported once across calls.
 * `add` returns the question's template (or nothing, with an error or warning
 * recorded); the caller keeps what it needs of it.
 */
export function giftMapper(options: GiftMappingOptions): { add: (q: GiftQuestion) => MappedTemplate | undefined; errors: GiftIssue[]; warnings: GiftIssue[] } {
  const errors: GiftIssue[] = [];
  const warnings: GiftIssue[] = [];
  const taken = new Set(options.reservedKeys ?? []);
  const unmatchedCategories = new Set<string>();
  // Every question of a category has the same topic and tags: work them out once per category.
  const categories = new Map<string | undefined, ReturnType<typeof categoryToTopic>>();

  const add = (q: GiftQuestion): MappedTemplate | undefined => {
    const warn = (message: string) => warnings.push({ line: q.line, message });
    const fail = (message: string) => errors.push({ line: q.line, message });
    const md = (text: string | undefined): string | undefined => {
      if (text === undefined || q.format !== "html") return text;
      const converted = htmlToMarkdown(text);
      if (converted.dropped) warn("HTML tags other than paragraphs, line breaks, bold, italics and code were removed");
      return converted.text;
    };

    let category = categories.get(q.category);
    if (!category) categories.set(q.category, (category = categoryToTopic(q.category, options.topics, options.defaultTopic)));
    const { topic, matched } = category;
    const tags = [...category.tags];
    if (!matched && q.category && !unmatchedCategories.has(q.category)) {
      unmatchedCategories.add(q.category);
      warn(`category "${q.category}" names no topic; its questions go to the default topic (${options.defaultTopic})`);
    }
    const prompt = md(q.text)!;
    if (prompt.length < 10) {
      fail(`the question text "${prompt}" is too short; Quizformer needs at least 10 characters`);
      return undefined;
    }
    const title = titleOf(md(q.title), prompt, q.line);
    const base: Mapped = {
      key: uniqueKey(keyFromTitle(q.title ?? "") || `gift-${hash32(q.text).toString(16).padStart(8, "0")}`, taken),
      topic: topic as Mapped["topic"],
      title,
      prompt,
      explanation: "",
      source: GIFT_SOURCE,
      difficulty: "medium",
      tags,
    };
    const general = md(q.generalFeedback);
    const explain = (feedback: string | undefined, fallback: string) => {
      const text = general ?? feedback;
      if (text && text.length >= 10) return text;
      return text ? `${text}${/[.!?:]$/.test(text) ? "" : "."} ${fallback}` : fallback;
    };

    switch (q.kind) {
      case "numeric": {
        const right = q.answers.find((a) => a.weight === 100)!;
        const others = q.answers.filter((a) => a !== right);
        if (others.length) warn(`only the first fully correct answer is kept; ${others.length} other answer${others.length > 1 ? "s" : ""} (alternatives or partial credit) dropped`);
        const [value, tolerance] = "min" in right ? [(right.min + right.max) / 2, (right.max - right.min) / 2] : [right.value, right.tolerance];
        return {
          line: q.line,
          template: {
            ...base,
            explanation: explain(md(right.feedback), `The answer is ${value}${tolerance ? ` (± ${tolerance})` : ""}.`),
            kind: "numeric",
            answer: { fn: "const.value", inputs: { value } },
            display: { unit: "", digits: significantDigits(value) },
            tolerance: { absolute: tolerance },
          },
        };
      }
      case "multiple_choice": {
        if (q.multiple) {
          const right = q.choices.filter((c) => c.weight > 0);
          const wrong = q.choices.filter((c) => c.weight <= 0);
          if (q.choices.length < 3 || wrong.length === 0) {
            fail("a multiple-answer question needs at least 3 choices, at least one of them wrong (weight 0 or below)");
            return undefined;
          }
          // Quizformer grades every right tick as 1/k and every wrong one as −1/(n − k).
          const equal = right.every((c) => Math.abs(c.weight - 100 / right.length) < 0.01) && wrong.every((c) => c.weight === 0 || Math.abs(c.weight + 100 / wrong.length) < 0.01);
          if (!equal) warn(`the choices' weights are graded as equal shares: each right choice ${round(100 / right.length)}%, each wrong one −${round(100 / wrong.length)}%`);
          return {
            line: q.line,
            template: {
              ...base,
              explanation: explain(undefined, `The right choices: ${right.map((c) => md(c.text)).join("; ")}.`),
              kind: "multiple_answer",
              choices: q.choices.map((c) => ({ text: md(c.text)!, correct: c.weight > 0, ...(c.feedback ? { feedback: md(c.feedback) } : {}) })),
            },
          };
        }
        const correct = q.choices.filter((c) => c.weight === 100);
        if (correct.length !== 1) {
          fail("several partly correct answers (weights summing to 100%) can't be imported: a Quizformer multiple-choice question has exactly one right answer");
          return undefined;
        }
        for (const c of q.choices) if (c.weight > 0 && c.weight < 100) warn(`partial credit isn't supported: "${c.text}" (${c.weight}%) is kept as a wrong choice`);
        return {
          line: q.line,
          template: {
            ...base,
            explanation: explain(md(correct[0]!.feedback), `The right answer is: ${md(correct[0]!.text)}.`),
            kind: "multiple_choice",
            choices: q.choices.map((c) => ({ text: md(c.text)!, correct: c.weight === 100, ...(c.feedback ? { feedback: md(c.feedback) } : {}) })),
          },
        };
      }
      case "true_false":
        return {
          line: q.line,
          template: { ...base, explanation: explain(md(q.feedbackRight ?? q.feedbackWrong), `The statement is ${q.answer}.`), kind: "true_false", correct: q.answer },
        };
      case "short_answer": {
        const accepted = q.answers.filter((a) => a.weight === 100);
        for (const a of q.answers) if (a.weight !== 100) warn(`partial credit isn't supported: "${a.text}" (${a.weight}%) is not accepted`);
        return {
          line: q.line,
          template: {
            ...base,
            explanation: explain(md(accepted[0]!.feedback), `Accepted answer${accepted.length > 1 ? "s" : ""}: ${accepted.map((a) => a.text).join(", ")}.`),
            kind: "short_text",
            accepted: accepted.map((a) => a.text),
          },
        };
      }
      case "matching": {
        const ranks = q.pairs.map((p) => Number(p.right));
        const isRanking = q.pairs.length >= 3 && q.pairs.length <= 8 && [...ranks].sort((a, b) => a - b).every((r, i) => r === i + 1);
        if (!isRanking) {
          if (q.pairs.length > 10 || new Set(q.pairs.map((p) => p.left)).size !== q.pairs.length) {
            fail("a matching question takes 2 to 10 pairs, each prompt once");
            return undefined;
          }
          const pairs = q.pairs.map((p) => ({ prompt: md(p.left)!, answer: md(p.right)! }));
          return {
            line: q.line,
            template: { ...base, explanation: explain(undefined, `The pairs: ${pairs.map((p) => `${p.prompt} → ${p.answer}`).join("; ")}.`), kind: "matching", pairs },
          };
        }
        const items = [...q.pairs].sort((a, b) => Number(a.right) - Number(b.right)).map((p) => md(p.left)!);
        return { line: q.line, template: { ...base, explanation: explain(undefined, `The right order: ${items.join(" → ")}.`), kind: "ordering", items } };
      }
    }
  };
  return { add, errors, warnings };
}

/** The GIFT title, or else the start of the question text, fitted to the 3–120 characters a template title takes. */
function titleOf(title: string | undefined, prompt: string, line: number): string {
  const given = title?.replace(/\s+/g, " ").trim() ?? "";
  if (given.length >= 3) return given.length <= 120 ? given : `${given.slice(0, 119)}…`;
  const plain = prompt.replace(/[*_`#$]/g, "").replace(/\s+/g, " ").trim();
  if (plain.length < 3) return `Question on line ${line}`;
  if (plain.length <= 80) return plain;
  const cut = plain.slice(0, 80);
  return `${cut.slice(0, cut.lastIndexOf(" ") > 40 ? cut.lastIndexOf(" ") : 80)}…`;
}

const round = (n: number) => Math.round(n * 100) / 100;

/** Enough significant digits to show a GIFT number exactly (1–12). */
function significantDigits(value: number): number {
  const mantissa = Math.abs(value).toExponential().split("e")[0]!.replace(".", "");
  return Math.min(12, Math.max(1, mantissa.length));
}
