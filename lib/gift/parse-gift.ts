import type { GiftIssue, GiftParseResult, GiftQuestion } from "./gift-types";
import { parseQuestion, type QuestionSource } from "./parse-question";

const CATEGORY = /^\$CATEGORY:(.*)$/i;

/**
 * Parses Moodle GIFT: questions separated by blank lines, `//` comment lines,
 * `$CATEGORY:` lines that apply to the questions after them. Every problem is
 * reported with its line; a question with a problem is left out of `questions`.
 */
export function parseGift(text: string): GiftParseResult {
  const questions: GiftQuestion[] = [];
  const errors: GiftIssue[] = [];
  const warnings: GiftIssue[] = [];
  let category: string | undefined;
  let block: QuestionSource["lines"] = [];

  const flush = () => {
    if (block.length) {
      const q = parseQuestion({ lines: block, category }, errors, warnings);
      if (q) questions.push(q);
    }
    block = [];
  };

  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  lines.forEach((content, i) => {
    const line = i + 1;
    const trimmed = content.trim();
    if (trimmed.startsWith("//")) return;
    if (!trimmed) return flush();
    const cat = CATEGORY.exec(trimmed);
    if (cat) {
      flush();
      const path = cat[1]!.trim();
      if (!path) errors.push({ line, message: "$CATEGORY: needs a category path after the colon" });
      category = path || undefined;
      return;
    }
    block.push({ text: content, line });
  });
  flush();
  return { questions, errors, warnings };
}
