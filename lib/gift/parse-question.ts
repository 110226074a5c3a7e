import { indexOfUnescaped, unescapeGift } from "./escape";
import type { GiftFormat, GiftIssue, GiftQuestion } from "./gift-types";
import { parseAnswerBlock } from "./parse-answers";

/** A question's source: its lines joined with "\n", and the line number of each. */
export type QuestionSource = { lines: { text: string; line: number }[]; category?: string };

const FORMAT = /^\[(moodle|html|markdown|plain)\]/i;

/**
 * Parses one question (a blank-line separated block). Problems go to `errors`
 * (the question is dropped), skipped kinds to `warnings`.
 */
export function parseQuestion(source: QuestionSource, errors: GiftIssue[], warnings: GiftIssue[]): GiftQuestion | undefined {
  const raw = source.lines.map((l) => l.text).join("\n");
  const starts: number[] = [];
  let at = 0;
  for (const l of source.lines) {
    starts.push(at);
    at += l.text.length + 1;
  }
  const lineAt = (offset: number): number => {
    let i = starts.length - 1;
    while (i > 0 && starts[i]! > offset) i--;
    return source.lines[i]!.line;
  };
  const startLine = source.lines[0]!.line;
  const fail = (offset: number, message: string) => {
    errors.push({ line: lineAt(offset), message });
    return undefined;
  };

  let pos = raw.length - raw.trimStart().length;
  let title: string | undefined;
  if (raw.startsWith("::", pos)) {
    const end = indexOfUnescaped(raw, "::", pos + 2);
    if (end === -1) return fail(pos, "the title opened with :: is not closed with ::");
    title = unescapeGift(raw.slice(pos + 2, end)).trim() || undefined;
    pos = end + 2;
  }
  pos += raw.slice(pos).length - raw.slice(pos).trimStart().length;
  let format: GiftFormat | undefined;
  const tag = FORMAT.exec(raw.slice(pos));
  if (tag) {
    format = tag[1]!.toLowerCase() as GiftFormat;
    pos += tag[0].length;
  }

  const open = indexOfUnescaped(raw, "{", pos);
  if (open === -1) {
    const stray = indexOfUnescaped(raw, "}", pos);
    if (stray !== -1) return fail(stray, "} without an opening {");
    warnings.push({ line: startLine, message: `no answer block {…}: "${title ?? "this item"}" is a description, which Quizformer doesn't import` });
    return undefined;
  }
  const close = indexOfUnescaped(raw, "}", open + 1);
  const nested = indexOfUnescaped(raw, "{", open + 1);
  if (close === -1 || (nested !== -1 && nested < close)) {
    return fail(open, close === -1 ? "unclosed {" : `unclosed { (another { starts on line ${lineAt(nested)} before a }); write \\{ for a literal brace`);
  }
  const after = raw.slice(close + 1);
  const second = indexOfUnescaped(after, "{");
  if (second !== -1) return fail(close + 1 + second, "a second answer block; a question has exactly one {…}");
  const strayClose = indexOfUnescaped(after, "}");
  if (strayClose !== -1) return fail(close + 1 + strayClose, "} without an opening {");

  const before = unescapeGift(raw.slice(pos, open));
  const tail = unescapeGift(after);
  // An answer block mid-sentence becomes a blank, as Moodle shows it.
  const text = (tail.trim() ? `${before}_____${tail}` : before).trim();
  if (!text) return fail(open, "the question has no text before {");

  const block = parseAnswerBlock(raw.slice(open + 1, close), open + 1, { startLine, lineAt, errors });
  if (block.kind === "invalid") return undefined;
  if (block.kind === "essay") {
    warnings.push({ line: startLine, message: `"${title ?? shorten(text)}" is an essay question (empty {}), which has no automatic answer; not imported` });
    return undefined;
  }
  return {
    line: startLine,
    ...(title ? { title } : {}),
    ...(format ? { format } : {}),
    text,
    ...(source.category ? { category: source.category } : {}),
    ...(block.generalFeedback ? { generalFeedback: block.generalFeedback } : {}),
    ...block.answers,
  };
}

function shorten(text: string): string {
  const oneLine = text.replace(/\s+/g, " ");
  return oneLine.length > 40 ? `${oneLine.slice(0, 39)}…` : oneLine;
}
