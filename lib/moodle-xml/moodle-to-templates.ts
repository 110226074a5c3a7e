import { categoryToTopic, type TopicRef } from "@/lib/gift/gift-category";
import { htmlToMarkdown } from "@/lib/gift/html-to-markdown";
import { kebabCase, keyFromTitle, uniqueKey } from "@/lib/gift/slug";
import { hash32 } from "@/lib/random/seeded-random";
import type { TemplateInput } from "@/lib/questions/template-schema";
import { mapCalculated, mapNumerical } from "./map-numeric";
import { notCarriedWarning } from "./moodle-extras";
import type { MoodleIssue, MoodleQuestion, MoodleText } from "./moodle-types";

export type MoodleMappingOptions = {
  topics: readonly TopicRef[];
  /** Slug of the topic for questions whose category names none. */
  defaultTopic: string;
  /** Keys a question must not take (built-in templates); keys of earlier imports may be reused, so re-importing a file updates them. */
  reservedKeys?: ReadonlySet<string>;
};

export type MappedTemplate = { line: number; template: TemplateInput };

export const MOODLE_SOURCE = { title: "Imported from Moodle XML" };

type Base = Omit<Extract<TemplateInput, { kind: "true_false" }>, "kind" | "correct">;

/**
 * Moodle questions as Quizformer templates, one at a time (keys stay unique and each unknown
 * category is reported once across calls). `add` returns the question's template, or nothing
 * with an error recorded; what the template can't carry is a warning at its line.
 */
export function moodleMapper(options: MoodleMappingOptions): { add: (q: MoodleQuestion) => MappedTemplate | undefined; errors: MoodleIssue[]; warnings: MoodleIssue[] } {
  const errors: MoodleIssue[] = [];
  const warnings: MoodleIssue[] = [];
  const taken = new Set(options.reservedKeys ?? []);
  const unmatchedCategories = new Set<string>();

  const add = (q: MoodleQuestion): MappedTemplate | undefined => {
    const who = `"${q.name || `question on line ${q.line}`}"`;
    const warn = (message: string, line = q.line) => {
      warnings.push({ line, message: `${who}: ${message}` });
    };
    const fail = (message: string, line = q.line): undefined => {
      errors.push({ line, message: `${who}: ${message}` });
      return undefined;
    };
    const md = (text: MoodleText | undefined, line = q.line): string | undefined => {
      if (!text) return undefined;
      if (text.text.includes("@@PLUGINFILE@@")) warn("an image or file (@@PLUGINFILE@@) is not carried: the file isn't in the export, so the reference can't show it", line);
      if (text.format !== "html") return text.text;
      const converted = htmlToMarkdown(text.text);
      if (converted.dropped) warn("HTML tags other than paragraphs, line breaks, bold, italics and code were removed", line);
      return converted.text;
    };

    const category = categoryToTopic(q.category, options.topics, options.defaultTopic);
    if (!category.matched && q.category && !unmatchedCategories.has(q.category)) {
      unmatchedCategories.add(q.category);
      warn(`category "${q.category}" names no topic; its questions go to the default topic (${options.defaultTopic})`);
    }
    const ownTags = q.tags.map(kebabCase);
    q.tags.forEach((tag, i) => {
      if (!ownTags[i]) warn(`the tag "${tag}" has no letters or digits to keep; dropped`);
    });
    const extras = notCarriedWarning(q);
    if (extras) warnings.push(extras);

    const prompt = md(q.questionText);
    if (!prompt || prompt.length < 10) return fail(`the question text "${prompt ?? ""}" is too short; Quizformer needs at least 10 characters`);
    const general = md(q.generalFeedback);
    const explain = (feedback: string | undefined, fallback: string) => {
      const text = general ?? feedback;
      if (text && text.length >= 10) return text;
      return text ? `${text}${/[.!?:]$/.test(text) ? "" : "."} ${fallback}` : fallback;
    };
    const base: Base = {
      key: uniqueKey(keyFromTitle(q.name) || `moodle-${hash32(q.questionText.text).toString(16).padStart(8, "0")}`, taken),
      topic: category.topic as Base["topic"],
      title: titleOf(q.name, prompt, q.line),
      prompt,
      explanation: "",
      source: MOODLE_SOURCE,
      difficulty: "medium",
      tags: [...new Set([...category.tags, ...ownTags.filter(Boolean)])],
    };
    const template = mapKind(q, base, { warn, fail, md, explain });
    return template && { line: q.line, template };
  };
  return { add, errors, warnings };
}

type Tools = {
  warn: (message: string, line?: number) => void;
  fail: (message: string, line?: number) => undefined;
  md: (text: MoodleText | undefined, line?: number) => string | undefined;
  explain: (feedback: string | undefined, fallback: string) => string;
};

function mapKind(q: MoodleQuestion, base: Base, { warn, fail, md, explain }: Tools): TemplateInput | undefined {
  switch (q.kind) {
    case "multichoice": {
      const choice = (a: (typeof q.answers)[number], correct: boolean) => ({ text: md(a.text, a.line) ?? "", correct, ...(a.feedback ? { feedback: md(a.feedback, a.line) } : {}) });
      if (!q.single) {
        const right = q.answers.filter((a) => a.fraction > 0);
        const wrong = q.answers.filter((a) => a.fraction <= 0);
        if (q.answers.length < 3 || q.answers.length > 10 || !right.length || !wrong.length) {
          return fail("a multiple-answer question needs 3 to 10 choices, at least one right (fraction above 0) and one wrong");
        }
        const equal = right.every((a) => Math.abs(a.fraction - 100 / right.length) < 0.01) && wrong.every((a) => a.fraction === 0 || Math.abs(a.fraction + 100 / wrong.length) < 0.01);
        if (!equal) warn(`the fractions are graded as equal shares: each right choice ${round(100 / right.length)}%, each wrong one −${round(100 / wrong.length)}%`);
        return {
          ...base,
          kind: "multiple_answer",
          explanation: explain(undefined, `The right choices: ${right.map((a) => md(a.text)).join("; ")}.`),
          choices: q.answers.map((a) => choice(a, a.fraction > 0)),
        };
      }
      const correct = q.answers.filter((a) => a.fraction === 100);
      if (correct.length !== 1 || q.answers.length < 2) return fail("a multiple-choice question needs at least 2 answers, exactly one of them with fraction 100");
      for (const a of q.answers) {
        if (a.fraction > 0 && a.fraction < 100) warn(`partial credit isn't supported: "${a.text.text}" (${a.fraction}%) is kept as a wrong choice`, a.line);
        if (a.fraction < 0) warn(`the negative fraction of "${a.text.text}" (${a.fraction}%) is not carried: a wrong choice earns nothing`, a.line);
      }
      return {
        ...base,
        kind: "multiple_choice",
        explanation: explain(md(correct[0]!.feedback), `The right answer is: ${md(correct[0]!.text)}.`),
        choices: q.answers.map((a) => choice(a, a === correct[0])),
      };
    }
    case "truefalse": {
      const right = q.answers.find((a) => a.fraction === 100);
      const truth = right?.text.text.trim().toLowerCase();
      if (truth !== "true" && truth !== "false") return fail("a true/false question needs its answer \"true\" or \"false\" with fraction 100");
      const other = q.answers.find((a) => a !== right);
      if (other?.feedback && right?.feedback) warn("the feedback for a wrong answer is not carried; the right answer's feedback explains", other.line);
      return { ...base, kind: "true_false", correct: truth === "true", explanation: explain(md(right!.feedback ?? other?.feedback), `The statement is ${truth}.`) };
    }
    case "shortanswer": {
      const accepted = q.answers.filter((a) => a.fraction === 100);
      if (!accepted.length) return fail("no answer has fraction 100");
      for (const a of q.answers) if (a.fraction !== 100) warn(`partial credit isn't supported: "${a.text.text}" (${a.fraction}%) is not accepted`, a.line);
      if (q.caseSensitive) warn("answers are compared ignoring case, spaces and punctuation (Moodle compared case)");
      for (const a of accepted) if (a.text.text.includes("*")) warn(`"${a.text.text}": Moodle's * wildcard is matched as written`, a.line);
      return {
        ...base,
        kind: "short_text",
        explanation: explain(md(accepted[0]!.feedback), `Accepted answer${accepted.length > 1 ? "s" : ""}: ${accepted.map((a) => a.text.text).join(", ")}.`),
        accepted: accepted.map((a) => a.text.text),
      };
    }
    case "matching": {
      // Items matched to their positions 1…n are an ordering question (how ordering is exported).
      const ranks = q.subquestions.map((s) => Number(s.answer));
      const isRanking = q.subquestions.length >= 3 && q.subquestions.length <= 8 && q.subquestions.every((s) => s.text.text !== "") && [...ranks].sort((a, b) => a - b).every((r, i) => r === i + 1);
      if (isRanking) {
        const items = [...q.subquestions].sort((a, b) => Number(a.answer) - Number(b.answer)).map((s) => md(s.text, s.line)!);
        return { ...base, kind: "ordering", explanation: explain(undefined, `The right order: ${items.join(" → ")}.`), items };
      }
      const pairs = q.subquestions.filter((s) => s.text.text !== "").map((s) => ({ prompt: md(s.text, s.line)!, answer: s.answer }));
      const distractors = [...new Set(q.subquestions.filter((s) => s.text.text === "").map((s) => s.answer))];
      if (pairs.length < 2 || pairs.length > 10) return fail("a matching question takes 2 to 10 pairs");
      if (distractors.length > 6) return fail("a matching question takes at most 6 extra wrong answers");
      return {
        ...base,
        kind: "matching",
        explanation: explain(undefined, `The pairs: ${pairs.map((p) => `${p.prompt} → ${p.answer}`).join("; ")}.`),
        pairs,
        distractors,
      };
    }
    case "numerical":
    case "calculated": {
      const parts = q.kind === "numerical" ? mapNumerical(q, { warn, fail }) : mapCalculated(q, { warn, fail });
      if (!parts) return undefined;
      const { promptSuffix, ...numeric } = parts;
      const feedback = q.answers.find((a) => a.fraction === 100)?.feedback;
      return {
        ...base,
        prompt: promptSuffix ? `${base.prompt}\n\n${promptSuffix}` : base.prompt,
        kind: "numeric",
        explanation: explain(md(feedback), q.kind === "numerical" ? `The answer is ${q.answers.find((a) => a.fraction === 100)!.text.text}.` : "The answer follows from the formula shown in the steps."),
        ...numeric,
      };
    }
  }
}

/** The Moodle name, or else the start of the question text, fitted to the 3–120 characters a template title takes. */
function titleOf(name: string, prompt: string, line: number): string {
  const given = name.replace(/\s+/g, " ").trim();
  if (given.length >= 3) return given.length <= 120 ? given : `${given.slice(0, 119)}…`;
  const plain = prompt.replace(/[*_`#$]/g, "").replace(/\s+/g, " ").trim();
  if (plain.length < 3) return `Question on line ${line}`;
  return plain.length <= 80 ? plain : `${plain.slice(0, 79)}…`;
}

const round = (n: number) => Math.round(n * 100) / 100;
