import type { GiftIssue, GiftParseResult, GiftQuestion } from "./gift-types";
import { parseQuestion, type QuestionSource } from "./parse-question";

const CATEGORY = /^\$CATEGORY:(.*)$/i;

/** A GIFT file cut into question blocks (each with the `$CATEGORY:` in force), plus the problems of its category lines. */
export type GiftBlocks = { blocks: QuestionSource[]; errors: GiftIssue[] };

/**
 * Cuts Moodle GIFT into questions: they are separated by blank lines, `//` lines
 * are comments, and `$CATEGORY:` lines apply to the questions after them. Each
 * block is then read with `parseQuestion`, which a large import does a slice at a
 * time so the server can answer other requests in between.
 */
export function splitGift(text: string): GiftBlocks {
  const blocks: QuestionSource[] = [];
  const errors: GiftIssue[] = [];
  let category: string | undefined;
  let block: QuestionSource["lines"] = [];

  const flush = () => {
    if (block.length) blocks.push(category === undefined ? { lines: block } : { lines: block, category });
    block = [];
  };

  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length; i++) {
    const content = lines[i]!;
    const trimmed = content.trim();
    if (!trimmed) {
      flush();
      continue;
    }
    if (trimmed.startsWith("//")) continue;
    const cat = trimmed.charCodeAt(0) === 36 /* $ */ ? CATEGORY.exec(trimmed) : null;
    if (cat) {
      flush();
      const path = cat[1]!.trim();
      if (!path) errors.push({ line: i + 1, message: "$CATEGORY: needs a category path after the colon" });
      category = path || undefined;
      continue;
    }
    block.push({ text: content, line: i + 1 });
  }
  flush();
  return { blocks, errors };
}

/**
 * Parses Moodle GIFT. Every problem is reported with its line, in line order; a
 * question with a problem is left out of `questions`.
 */
export function parseGift(text: string): GiftParseResult {
  const { blocks, errors } = splitGift(text);
  const questions: GiftQuestion[] = [];
  const warnings: GiftIssue[] = [];
  for (const block of blocks) {
    const q = parseQuestion(block, errors, warnings);
    if (q) questions.push(q);
  }
  return { questions, errors: inLineOrder(errors), warnings: inLineOrder(warnings) };
}

/** Stable: issues on the same line keep the order they were found in. */
export function inLineOrder(issues: GiftIssue[]): GiftIssue[] {
  return issues.map((issue, i) => ({ issue, i })).sort((a, b) => a.issue.line - b.issue.line || a.i - b.i).map((x) => x.issue);
}
