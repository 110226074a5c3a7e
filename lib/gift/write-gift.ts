import { escapeGift } from "./escape";
import type { GiftChoice, GiftNumericAnswer, GiftQuestion } from "./gift-types";

/**
 * Writes questions as GIFT, one block per question, with a `$CATEGORY:` line
 * wherever the category changes. `comments` become `//` lines at the top.
 * Parsing the output gives the same questions back (apart from line numbers).
 */
export function writeGift(questions: readonly GiftQuestion[], comments: readonly string[] = []): string {
  const blocks: string[] = [];
  if (comments.length) blocks.push(comments.flatMap((c) => c.split(/\r?\n/)).map((c) => `// ${c}`.trimEnd()).join("\n"));
  let category: string | undefined;
  for (const q of questions) {
    if (q.category && q.category !== category) {
      blocks.push(`$CATEGORY: ${q.category.replace(/\s+/g, " ")}`);
      category = q.category;
    }
    blocks.push(writeQuestion(q));
  }
  return `${blocks.join("\n\n")}\n`;
}

export function writeQuestion(q: GiftQuestion): string {
  const text = escapeGift(q.text);
  // A line starting with "//" is a comment; an empty title keeps such a text a question.
  const guard = !q.title && !q.format && text.startsWith("//") ? "::::" : "";
  const head = `${guard}${q.title ? `::${escapeGift(q.title)}:: ` : ""}${q.format ? `[${q.format}]` : ""}${text}`;
  const general = q.generalFeedback ? `####${escapeGift(q.generalFeedback)}` : "";
  switch (q.kind) {
    case "numeric": {
      const [only] = q.answers;
      if (q.answers.length === 1 && only!.weight === 100 && !only!.feedback) return `${head} {#${numberSpec(only!)}${general ? `\n${general}\n` : ""}}`;
      return block(head, [...q.answers.map((a) => `=${weight(a.weight, 100)}${numberSpec(a)}${feedback(a.feedback)}`), general], "#");
    }
    case "multiple_choice":
      // A multiple-answer question writes every answer with "~" and its weight, a full one too.
      return block(head, [...q.choices.map((c) => `${c.weight === 100 && !q.multiple ? "=" : `~${weight(c.weight, 0)}`}${answer(c)}`), general]);
    case "short_answer":
      return block(head, [...q.answers.map((c) => `=${weight(c.weight, 100)}${answer(c)}`), general]);
    case "true_false": {
      const fb = q.feedbackWrong || q.feedbackRight ? `#${escapeGift(q.feedbackWrong ?? "")}${q.feedbackRight ? `#${escapeGift(q.feedbackRight)}` : ""}` : "";
      return `${head} {${q.answer ? "T" : "F"}${fb}${general}}`;
    }
    case "matching":
      return block(head, [...q.pairs.map((p) => `=${escapeGift(p.left)} -> ${escapeGift(p.right)}`), general]);
  }
}

function block(head: string, lines: string[], lead = ""): string {
  return `${head} {${lead}\n${lines.filter(Boolean).join("\n")}\n}`;
}

function weight(w: number, implied: number): string {
  return w === implied ? "" : `%${w}%`;
}

function feedback(text: string | undefined): string {
  return text ? `#${escapeGift(text)}` : "";
}

function answer(c: GiftChoice): string {
  return `${escapeGift(c.text)}${feedback(c.feedback)}`;
}

function numberSpec(a: GiftNumericAnswer): string {
  if ("min" in a) return `${a.min}..${a.max}`;
  return a.tolerance ? `${a.value}:${a.tolerance}` : String(a.value);
}
