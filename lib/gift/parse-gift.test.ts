import { describe, expect, it } from "vitest";
import { parseGift } from "./parse-gift";

const one = (text: string) => {
  const r = parseGift(text);
  expect(r.errors).toEqual([]);
  expect(r.questions).toHaveLength(1);
  return r.questions[0]!;
};

describe("parseGift: question kinds", () => {
  it("reads numeric value:tolerance, a bare value and min..max", () => {
    expect(one("What is pi to two decimals? {#3.14:0.005}")).toMatchObject({ kind: "numeric", answers: [{ weight: 100, value: 3.14, tolerance: 0.005 }] });
    expect(one("How many layers? {#32}")).toMatchObject({ answers: [{ weight: 100, value: 32, tolerance: 0 }] });
    expect(one("A value in a range: {#-1.5..2.5}")).toMatchObject({ answers: [{ weight: 100, min: -1.5, max: 2.5 }] });
    expect(one("Scientific notation: {#1e-3:5e-5}")).toMatchObject({ answers: [{ value: 0.001, tolerance: 0.00005 }] });
  });

  it("reads several numeric answers with partial credit and feedback", () => {
    const q = one("When was Ulysses S. Grant born? {#\n=1822:0 #Exactly.\n=%50%1822:2 #Close.\n}");
    expect(q).toMatchObject({
      kind: "numeric",
      answers: [
        { weight: 100, value: 1822, tolerance: 0, feedback: "Exactly." },
        { weight: 50, value: 1822, tolerance: 2, feedback: "Close." },
      ],
    });
  });

  it("reads multiple choice with weights and per-answer feedback", () => {
    const q = one(String.raw`Which rank? {=r \= 8 # right\, is it? ~r \= 4#Too small ~%50%r \= 16#Half marks ~%-25%none#Penalty}`);
    expect(q).toMatchObject({
      kind: "multiple_choice",
      choices: [
        { text: "r = 8", weight: 100, feedback: "right\\, is it?" },
        { text: "r = 4", weight: 0, feedback: "Too small" },
        { text: "r = 16", weight: 50, feedback: "Half marks" },
        { text: "none", weight: -25, feedback: "Penalty" },
      ],
    });
  });

  it("accepts multiple choice whose weights sum to 100% without a fully correct answer", () => {
    expect(one("Pick two: {~%50%a ~%50%b ~c}")).toMatchObject({ kind: "multiple_choice", choices: [{ weight: 50 }, { weight: 50 }, { weight: 0 }] });
  });

  it("reads true/false in every spelling, with feedback for wrong and right answers", () => {
    for (const [block, answer] of [["{T}", true], ["{F}", false], ["{TRUE}", true], ["{FALSE}", false], ["{true}", true]] as const) {
      expect(one(`RoPE rotates query and key pairs. ${block}`)).toMatchObject({ kind: "true_false", answer });
    }
    expect(one("RoPE adds a vector. {F#No, it rotates.#Right, it rotates.}")).toEqual({
      line: 1,
      text: "RoPE adds a vector.",
      kind: "true_false",
      answer: false,
      feedbackWrong: "No, it rotates.",
      feedbackRight: "Right, it rotates.",
    });
  });

  it("reads short answers, several accepted", () => {
    expect(one("Name the optimizer. {=Adam =AdamW#Also fine}")).toMatchObject({
      kind: "short_answer",
      answers: [
        { text: "Adam", weight: 100 },
        { text: "AdamW", weight: 100, feedback: "Also fine" },
      ],
    });
  });

  it("reads matching pairs", () => {
    expect(one("Order the stages. {=SFT -> 1 =RM -> 2 =PPO -> 3}")).toMatchObject({
      kind: "matching",
      pairs: [
        { left: "SFT", right: "1" },
        { left: "RM", right: "2" },
        { left: "PPO", right: "3" },
      ],
    });
  });
});

describe("parseGift: structure", () => {
  it("reads titles, format tags, general feedback and multi-line blocks", () => {
    const q = one("::KV cache::[markdown]How many **bytes**\nper token? {\n#  =4096\n####Two tensors, K and V.\n}");
    expect(q).toEqual({
      line: 1,
      title: "KV cache",
      format: "markdown",
      text: "How many **bytes**\nper token?",
      generalFeedback: "Two tensors, K and V.",
      kind: "numeric",
      answers: [{ weight: 100, value: 4096, tolerance: 0 }],
    });
    expect(one("[html]<p>Hello world</p>{T}")).toMatchObject({ format: "html", text: "<p>Hello world</p>" });
  });

  it("turns an answer block mid-sentence into a blank", () => {
    expect(one("LoRA trains {=low-rank ~full-rank} update matrices.")).toMatchObject({ text: "LoRA trains _____ update matrices." });
  });

  it("skips // comments, splits on blank lines and numbers each question by its first line", () => {
    const r = parseGift("// header comment\n\n::A:: First? {T}\n\n\n// about B\n::B::\nSecond?\n{F}\n");
    expect(r.errors).toEqual([]);
    expect(r.questions.map((q) => [q.title, q.line])).toEqual([
      ["A", 3],
      ["B", 7],
    ]);
  });

  it("unescapes \\: \\~ \\= \\# \\{ \\} \\\\ and \\n, and keeps other backslashes", () => {
    const q = one("::a\\:b:: Is \\{x\\} \\~ y \\= z \\# 1?\\nNext line with $\\alpha$ and \\\\nabla. {=yes\\: \\{ok\\} ~no}");
    expect(q).toMatchObject({
      title: "a:b",
      text: "Is {x} ~ y = z # 1?\nNext line with $\\alpha$ and \\nabla.",
      choices: [{ text: "yes: {ok}" }, { text: "no" }],
    });
  });

  it("applies $CATEGORY: to the questions after it", () => {
    const r = parseGift("Before any category {T}\n\n$CATEGORY: rope/scaling\n\nFirst in rope {T}\n\nSecond in rope {F}\n$CATEGORY: $course$/top/RLHF\n::x:: In RLHF {T}");
    expect(r.errors).toEqual([]);
    expect(r.questions.map((q) => q.category)).toEqual([undefined, "rope/scaling", "rope/scaling", "$course$/top/RLHF"]);
  });

  it("reads CRLF line endings and a byte-order mark", () => {
    const r = parseGift("\uFEFF::A:: One? {T}\r\n\r\n::B:: Two? {F}\r\n");
    expect(r.questions.map((q) => [q.title, q.line])).toEqual([
      ["A", 1],
      ["B", 3],
    ]);
  });

  it("warns about essays and descriptions, which it skips", () => {
    const r = parseGift("::E:: Discuss attention. {}\n\nJust a description line.\n\n::Q:: Real? {T}");
    expect(r.errors).toEqual([]);
    expect(r.questions.map((q) => q.title)).toEqual(["Q"]);
    expect(r.warnings).toEqual([
      { line: 1, message: '"E" is an essay question (empty {}), which has no automatic answer; not imported' },
      { line: 3, message: 'no answer block {…}: "this item" is a description, which Quizformer doesn\'t import' },
    ]);
  });
});
