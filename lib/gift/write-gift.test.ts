import { describe, expect, it } from "vitest";
import type { GiftQuestion } from "./gift-types";
import { parseGift } from "./parse-gift";
import { writeGift } from "./write-gift";

const QUESTIONS: GiftQuestion[] = [
  { line: 0, title: "Pi", text: "What is pi to two decimals?", kind: "numeric", answers: [{ weight: 100, value: 3.14, tolerance: 0.005 }] },
  { line: 0, text: "How many layers does it have?", kind: "numeric", answers: [{ weight: 100, value: 32, tolerance: 0 }] },
  {
    line: 0,
    title: "Born",
    text: "When was Grant born?",
    generalFeedback: "He was born in 1822.",
    kind: "numeric",
    answers: [
      { weight: 100, value: 1822, tolerance: 0, feedback: "Exactly." },
      { weight: 50, min: 1820, max: 1824, feedback: "Close." },
      { weight: 0, value: -1e-7, tolerance: 0 },
    ],
  },
  {
    line: 0,
    title: "Rank: r = {8}",
    format: "markdown",
    text: "Which rank ~ is # right?\nSecond line with $\\frac{a}{b}$ and \\nabla.",
    category: "peft/lora",
    kind: "multiple_choice",
    choices: [
      { text: "r = 8", weight: 100, feedback: "Yes: {8}" },
      { text: "r = 4", weight: 0, feedback: "Too small #1" },
      { text: "r ~ 16", weight: 50 },
      { text: "none", weight: -25, feedback: "Penalty" },
    ],
  },
  { line: 0, title: "TF", text: "RoPE adds a vector.", category: "rope", kind: "true_false", answer: false, feedbackWrong: "No, it rotates.", feedbackRight: "Right." },
  { line: 0, text: "RoPE rotates pairs.", category: "rope", kind: "true_false", answer: true, feedbackRight: "Only the right one." },
  { line: 0, text: "RoPE is relative.", category: "rope", generalFeedback: "It is.", kind: "true_false", answer: true },
  {
    line: 0,
    title: "Optimizer",
    format: "html",
    text: "<p>Name the optimizer.</p>",
    category: "rlhf/adam-family",
    kind: "short_answer",
    answers: [
      { text: "Adam", weight: 100 },
      { text: "AdamW", weight: 100, feedback: "Also fine" },
      { text: "SGD", weight: 20 },
    ],
  },
  {
    line: 0,
    title: "Order",
    text: "Put the stages in order.",
    category: "rlhf/adam-family",
    generalFeedback: "SFT, then RM, then PPO.",
    kind: "matching",
    pairs: [
      { left: "SFT", right: "1" },
      { left: "RM", right: "2" },
      { left: "PPO", right: "3" },
    ],
  },
  { line: 0, text: "// looks like a comment but is a question?", kind: "true_false", answer: true, category: "rlhf/adam-family" },
  { line: 0, text: "LoRA trains _____ update matrices.", kind: "multiple_choice", category: "rlhf/adam-family", choices: [{ text: "low-rank", weight: 100 }, { text: "full-rank", weight: 0 }] },
];

const withoutLines = (qs: GiftQuestion[]) => qs.map((q) => ({ ...q, line: 0 }));

describe("writeGift", () => {
  it("round-trips every kind, weight, feedback, title, format and category", () => {
    const text = writeGift(QUESTIONS, ["Exported for a test.", "GIFT has no parameters."]);
    const parsed = parseGift(text);
    expect(parsed.errors).toEqual([]);
    expect(parsed.warnings).toEqual([]);
    expect(withoutLines(parsed.questions)).toEqual(QUESTIONS);
  });

  it("writes categories only where they change, comments first, and escapes specials", () => {
    const text = writeGift(QUESTIONS.slice(3, 6), ["Header"]);
    expect(text.split("\n\n")[0]).toBe("// Header");
    expect(text.match(/\$CATEGORY:/g)).toHaveLength(2);
    expect(text).toContain("::Rank\\: r \\= \\{8\\}:: [markdown]Which rank \\~ is \\# right?\\nSecond line with $\\\\frac\\{a\\}\\{b\\}$ and \\\\nabla.");
    expect(text).toContain("~%50%r \\~ 16");
    expect(text).toContain("{F#No, it rotates.#Right.}");
  });

  it("writes a plain numeric answer compactly", () => {
    expect(writeGift([QUESTIONS[0]!])).toBe("::Pi:: What is pi to two decimals? {#3.14:0.005}\n");
  });

  it("survives a second round trip unchanged", () => {
    const once = writeGift(QUESTIONS);
    expect(writeGift(parseGift(once).questions)).toBe(once);
  });
});
