import { indexOfUnescaped, splitUnescaped, unescapeGift } from "./escape";
import type { GiftAnswers, GiftChoice, GiftIssue, GiftNumericAnswer } from "./gift-types";

/** Where the answer block sits in its question, to give errors exact line numbers. */
export type AnswerContext = { startLine: number; lineAt: (offset: number) => number; errors: GiftIssue[] };

export type AnswerBlock = { kind: "answers"; answers: GiftAnswers; generalFeedback?: string } | { kind: "essay" } | { kind: "invalid" };

type Token = { marker: "=" | "~"; raw: string; offset: number };

const NUMBER = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?$/i;
const WEIGHT = /^\s*%([^%]*)%/;
const TRUE_FALSE = /^(\s*)(TRUE|FALSE|T|F)(?=\s*(?:#|$))/i;

/** Parses the text between `{` and `}`; `offset` is where that text starts in the question. */
export function parseAnswerBlock(content: string, offset: number, ctx: AnswerContext): AnswerBlock {
  const before = ctx.errors.length;
  const gf = indexOfUnescaped(content, "####");
  const generalFeedback = gf === -1 ? undefined : unescapeGift(content.slice(gf + 4)).trim() || undefined;
  const body = gf === -1 ? content : content.slice(0, gf);
  const trimmed = body.trim();
  if (trimmed === "") return { kind: "essay" };

  let answers: GiftAnswers | undefined;
  const tf = TRUE_FALSE.exec(body);
  if (trimmed.startsWith("#")) {
    const hash = body.indexOf("#");
    answers = parseNumeric(body.slice(hash + 1), offset + hash + 1, ctx);
  } else if (tf) {
    answers = parseTrueFalse(tf[2]!, body.slice(tf[0].length), offset + tf[0].length, ctx);
  } else {
    const tokens = tokenize(body, offset, ctx);
    if (tokens) answers = tokens.some((t) => t.marker === "=" && indexOfUnescaped(t.raw, "->") !== -1) ? parseMatching(tokens, ctx) : parseChoices(tokens, ctx);
  }
  if (!answers || ctx.errors.length > before) return { kind: "invalid" };
  return { kind: "answers", answers, ...(generalFeedback ? { generalFeedback } : {}) };
}

/** Splits at unescaped = and ~; anything but blanks before the first one is an error. */
function tokenize(body: string, offset: number, ctx: AnswerContext): Token[] | undefined {
  const tokens: Token[] = [];
  let lead = "";
  let current: Token | undefined;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (ch === "=" || ch === "~") {
      current = { marker: ch, raw: "", offset: offset + i + 1 };
      tokens.push(current);
      continue;
    }
    // An escaped character belongs to the text, escape included (unescaped later).
    const piece = ch === "\\" ? body.slice(i, i + 2) : ch;
    if (ch === "\\") i++;
    if (current) current.raw += piece;
    else lead += piece;
  }
  if (lead.trim()) {
    const at = offset + body.indexOf(lead.trim()[0]!);
    ctx.errors.push({ line: ctx.lineAt(at), message: `"${shorten(unescapeGift(lead.trim()))}" comes before the first answer; answers start with = (right) or ~ (wrong)` });
    return undefined;
  }
  return tokens;
}

/** Weight and feedback of one answer; weight is 100 for "=" and 0 for "~" unless given as %n%. */
function parseWeighted(t: Token, ctx: AnswerContext): { weight: number; rest: string; feedback?: string; restOffset: number } | undefined {
  let weight = t.marker === "=" ? 100 : 0;
  let rest = t.raw;
  let restOffset = t.offset;
  const w = WEIGHT.exec(t.raw);
  if (w) {
    const n = Number(w[1]!.trim());
    if (!NUMBER.test(w[1]!.trim()) || n < -100 || n > 100) {
      ctx.errors.push({ line: ctx.lineAt(t.offset), message: `the weight %${w[1]}% is not a percentage between -100 and 100` });
      return undefined;
    }
    weight = n;
    rest = t.raw.slice(w[0].length);
    restOffset += w[0].length;
  }
  const hash = indexOfUnescaped(rest, "#");
  const feedback = hash === -1 ? undefined : unescapeGift(rest.slice(hash + 1)).trim() || undefined;
  return { weight, rest: hash === -1 ? rest : rest.slice(0, hash), restOffset, ...(feedback ? { feedback } : {}) };
}

function parseChoices(tokens: Token[], ctx: AnswerContext): GiftAnswers | undefined {
  const choices: GiftChoice[] = [];
  for (const t of tokens) {
    const w = parseWeighted(t, ctx);
    if (!w) continue;
    const text = unescapeGift(w.rest).trim();
    if (!text) {
      ctx.errors.push({ line: ctx.lineAt(t.offset), message: `an answer after ${t.marker} is empty` });
      continue;
    }
    choices.push({ text, weight: w.weight, ...(w.feedback ? { feedback: w.feedback } : {}) });
  }
  if (choices.length !== tokens.length) return undefined;

  const full = choices.filter((c) => c.weight === 100).length;
  if (tokens.some((t) => t.marker === "~")) {
    if (choices.length < 2) {
      ctx.errors.push({ line: ctx.startLine, message: "multiple choice needs at least two answers" });
      return undefined;
    }
    const positive = choices.reduce((sum, c) => sum + Math.max(0, c.weight), 0);
    if (!(full === 1 || (full === 0 && Math.abs(positive - 100) < 0.1))) {
      ctx.errors.push({ line: ctx.startLine, message: "multiple choice needs exactly one fully correct answer (=) or weights summing to 100%" });
      return undefined;
    }
    return { kind: "multiple_choice", choices, ...(tokens.every((t) => t.marker === "~") ? { multiple: true } : {}) };
  }
  if (full === 0) {
    ctx.errors.push({ line: ctx.startLine, message: "short answer needs at least one fully correct answer (= without a lower weight)" });
    return undefined;
  }
  return { kind: "short_answer", answers: choices };
}

function parseMatching(tokens: Token[], ctx: AnswerContext): GiftAnswers | undefined {
  const pairs: { left: string; right: string }[] = [];
  for (const t of tokens) {
    const arrow = indexOfUnescaped(t.raw, "->");
    const left = arrow === -1 ? "" : unescapeGift(t.raw.slice(0, arrow)).trim();
    const right = arrow === -1 ? "" : unescapeGift(t.raw.slice(arrow + 2)).trim();
    if (t.marker !== "=" || !left || !right) {
      ctx.errors.push({ line: ctx.lineAt(t.offset), message: "matching pairs are written =left -> right, every one of them" });
      return undefined;
    }
    pairs.push({ left, right });
  }
  if (pairs.length < 2) {
    ctx.errors.push({ line: ctx.startLine, message: "matching needs at least two pairs" });
    return undefined;
  }
  return { kind: "matching", pairs };
}

function parseNumeric(body: string, offset: number, ctx: AnswerContext): GiftAnswers | undefined {
  if (!body.trim()) {
    ctx.errors.push({ line: ctx.lineAt(offset), message: "numeric answer: no number after #" });
    return undefined;
  }
  const several = indexOfUnescaped(body, "=") !== -1 || indexOfUnescaped(body, "~") !== -1;
  const tokens = several ? tokenize(body, offset, ctx) : [{ marker: "=" as const, raw: body, offset }];
  if (!tokens) return undefined;
  const answers: GiftNumericAnswer[] = [];
  for (const t of tokens) {
    if (t.marker === "~") {
      ctx.errors.push({ line: ctx.lineAt(t.offset), message: "numeric answers start with = (give wrong values a weight of 0 with =%0%)" });
      continue;
    }
    const w = parseWeighted(t, ctx);
    if (!w) continue;
    const spec = parseNumberSpec(w.rest.trim(), ctx.lineAt(w.restOffset), ctx);
    if (spec) answers.push({ weight: w.weight, ...(w.feedback ? { feedback: w.feedback } : {}), ...spec });
  }
  if (answers.length !== tokens.length) return undefined;
  if (!answers.some((a) => a.weight === 100)) {
    ctx.errors.push({ line: ctx.startLine, message: "numeric question needs one fully correct answer (= or a plain number)" });
    return undefined;
  }
  return { kind: "numeric", answers };
}

function parseNumberSpec(spec: string, line: number, ctx: AnswerContext): { value: number; tolerance: number } | { min: number; max: number } | undefined {
  const fail = (message: string) => {
    ctx.errors.push({ line, message });
    return undefined;
  };
  if (!spec) return fail("numeric answer: a number is missing");
  const range = /^(\S+?)\s*\.\.\s*(\S+)$/.exec(spec);
  if (range) {
    const [min, max] = [range[1]!, range[2]!];
    if (!NUMBER.test(min) || !NUMBER.test(max)) return fail(`numeric range "${shorten(spec)}" is not written min..max with two numbers`);
    if (Number(min) > Number(max)) return fail(`numeric range ${spec}: the minimum is above the maximum`);
    return { min: Number(min), max: Number(max) };
  }
  const parts = spec.split(":").map((p) => p.trim());
  if (parts.length > 2) return fail(`numeric answer "${shorten(spec)}" has more than one ":"; write value:tolerance`);
  const [value, tolerance = "0"] = parts as [string, string?];
  if (!NUMBER.test(value)) return fail(`numeric answer "${shorten(value)}" is not a number`);
  if (!NUMBER.test(tolerance)) return fail(`tolerance "${shorten(tolerance)}" of ${value} is not a number`);
  if (Number(tolerance) < 0) return fail(`tolerance ${tolerance} of ${value} is negative`);
  return { value: Number(value), tolerance: Number(tolerance) };
}

function parseTrueFalse(word: string, rest: string, offset: number, ctx: AnswerContext): GiftAnswers | undefined {
  const answer = word.toUpperCase().startsWith("T");
  const hash = rest.indexOf("#");
  if (hash === -1) return { kind: "true_false", answer };
  const parts = splitUnescaped(rest.slice(hash + 1), "#");
  if (parts.length > 2) {
    ctx.errors.push({ line: ctx.lineAt(offset + hash + 1 + parts[2]!.offset), message: "true/false takes at most two feedbacks: {T#shown if wrong#shown if right}" });
    return undefined;
  }
  const [wrong, right] = parts.map((p) => unescapeGift(p.part).trim() || undefined);
  return { kind: "true_false", answer, ...(wrong ? { feedbackWrong: wrong } : {}), ...(right ? { feedbackRight: right } : {}) };
}

function shorten(text: string): string {
  const oneLine = text.replace(/\s+/g, " ");
  return oneLine.length > 40 ? `${oneLine.slice(0, 39)}…` : oneLine;
}
