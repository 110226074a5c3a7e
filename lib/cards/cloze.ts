/**
 * Cloze deletions in the Anki style: `{{c1::answer}}` or `{{c1::answer::hint}}`. Each distinct
 * number becomes one card; on card n every deletion numbered n is hidden and the others are shown.
 *
 * Every `{{` opens a deletion. Single braces inside a deletion are counted, so KaTeX such as
 * `{{c1::$2^{b-1}$}}` closes at the right `}}`; a stray `}}` outside a deletion is plain text
 * (KaTeX like `2^{2^{b}}` needs it).
 */

export type ClozeDeletion = { kind: "deletion"; number: number; answer: string; hint?: string };
export type ClozeSegment = { kind: "text"; text: string } | ClozeDeletion;

/** Malformed cloze syntax; `index` is the 0-based character where the bad deletion starts. */
export class ClozeSyntaxError extends Error {
  readonly index: number;
  constructor(message: string, index: number) {
    super(message);
    this.name = "ClozeSyntaxError";
    this.index = index;
  }
}

const OPEN = "{{";
const CLOSE = "}}";
const HEAD = /^c(\d+)::/;
/** Deletion numbers go up to this (each number is a card; Anki's own notes rarely pass c20). */
export const MAX_CLOZE_NUMBER = 500;

/** Index of the `}}` that closes the deletion whose body starts at `from`, or -1. */
function findClose(text: string, from: number): number {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const ch = text[i];
    if (ch === "\\") {
      i++; // an escaped brace (\{ or \}) is KaTeX, not structure
    } else if (ch === "{") {
      depth++;
    } else if (ch === "}") {
      if (depth === 0 && text[i + 1] === "}") return i;
      if (depth > 0) depth--;
    }
  }
  return -1;
}

function parseDeletion(body: string, at: number): ClozeDeletion {
  const head = HEAD.exec(body);
  if (!head) {
    throw new ClozeSyntaxError(
      `The deletion at character ${at} should look like {{c1::answer}} or {{c1::answer::hint}}, but it reads "{{${body}}}".`,
      at,
    );
  }
  const number = Number(head[1]);
  if (number < 1) {
    throw new ClozeSyntaxError(`The deletion at character ${at} is numbered c${head[1]}; cloze numbers start at c1.`, at);
  }
  if (number > MAX_CLOZE_NUMBER) {
    throw new ClozeSyntaxError(`The deletion at character ${at} is numbered c${head[1]}; cloze numbers go up to c${MAX_CLOZE_NUMBER}.`, at);
  }
  const [rawAnswer = "", rawHint, ...extra] = body.slice(head[0].length).split("::");
  if (extra.length > 0) {
    throw new ClozeSyntaxError(`The deletion at character ${at} has more than one "::" after c${number}; use {{c${number}::answer::hint}}.`, at);
  }
  const answer = rawAnswer.trim();
  if (answer === "") {
    throw new ClozeSyntaxError(`The deletion c${number} at character ${at} has an empty answer; write the hidden text after "c${number}::".`, at);
  }
  if (rawHint === undefined) return { kind: "deletion", number, answer };
  const hint = rawHint.trim();
  if (hint === "") {
    throw new ClozeSyntaxError(`The deletion c${number} at character ${at} has an empty hint; remove the trailing "::" or write a hint.`, at);
  }
  return { kind: "deletion", number, answer, hint };
}

/** Splits cloze text into plain text and deletions. Throws `ClozeSyntaxError` on malformed syntax. */
export function parseCloze(text: string): ClozeSegment[] {
  const segments: ClozeSegment[] = [];
  let pos = 0;
  while (pos < text.length) {
    const open = text.indexOf(OPEN, pos);
    if (open === -1) break;
    if (open > pos) segments.push({ kind: "text", text: text.slice(pos, open) });
    const close = findClose(text, open + OPEN.length);
    if (close === -1) {
      throw new ClozeSyntaxError(`The deletion opened at character ${open} is never closed; add "}}" after its answer.`, open);
    }
    segments.push(parseDeletion(text.slice(open + OPEN.length, close), open));
    pos = close + CLOSE.length;
  }
  if (pos < text.length) segments.push({ kind: "text", text: text.slice(pos) });
  return segments;
}

/** The card numbers of a cloze text, ascending and distinct: one card per number. */
export function clozeNumbers(text: string): number[] {
  const numbers = new Set<number>();
  for (const s of parseCloze(text)) if (s.kind === "deletion") numbers.add(s.number);
  return [...numbers].sort((a, b) => a - b);
}

function render(text: string, n: number, deletion: (d: ClozeDeletion) => string): string {
  const segments = parseCloze(text);
  if (!segments.some((s) => s.kind === "deletion" && s.number === n)) {
    const known = clozeNumbers(text).map((k) => `c${k}`).join(", ") || "none";
    throw new RangeError(`This cloze text has no deletion c${n} (it has: ${known}).`);
  }
  return segments.map((s) => (s.kind === "text" ? s.text : s.number === n ? deletion(s) : s.answer)).join("");
}

/** The question side of card n: deletion n becomes "[…]" (or "[hint]"), the others read as plain text. */
export function renderClozeFront(text: string, n: number): string {
  return render(text, n, (d) => `[${d.hint ?? "…"}]`);
}

/** The answer side of card n: the full text with deletion n in bold. */
export function renderClozeBack(text: string, n: number): string {
  return render(text, n, (d) => `**${d.answer}**`);
}
