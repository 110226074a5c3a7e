import { describe, expect, it } from "vitest";
import { generateVariant, gradeResponse, templateSchema, toPublicVariant, validateTemplate, type Template } from "./index";

const base = {
  topic: "peft",
  explanation: "Worked out from the definitions in the paper.",
  source: { title: "QLoRA, arXiv 2305.14314" },
  difficulty: "medium",
} as const;

const matching = templateSchema.parse({
  ...base,
  key: "test-matching",
  kind: "matching",
  title: "Match the method to what it trains",
  prompt: "Match each method to the parameters it trains.",
  pairs: [
    { prompt: "LoRA", answer: "Low-rank updates A and B" },
    { prompt: "BitFit", answer: "Only the biases" },
    { prompt: "Prompt tuning", answer: "Soft prompt embeddings" },
  ],
  distractors: ["Every weight"],
}) as Extract<Template, { kind: "matching" }>;

const multi = templateSchema.parse({
  ...base,
  key: "test-multi",
  kind: "multiple_answer",
  title: "What QLoRA adds",
  prompt: "Which of these does QLoRA introduce? Tick all that apply.",
  choices: [
    { text: "NF4", correct: true },
    { text: "Double quantization", correct: true },
    { text: "Paged optimizers", correct: true },
    { text: "Rank-1 adapters only", correct: false, feedback: "QLoRA uses LoRA at ordinary ranks (64 in the paper)." },
    { text: "FP32 base weights", correct: false },
  ],
}) as Extract<Template, { kind: "multiple_answer" }>;

const withUnit: Template = templateSchema.parse({
  ...base,
  key: "test-unit",
  kind: "numeric",
  title: "QLoRA memory with its unit",
  prompt: "How much memory do a 7 B base at 4 bits and no adapters take? Write the unit (GB).",
  answer: { fn: "peft.qlora_state_bytes", inputs: { baseParams: 7e9, baseBits: 4, loraParams: 0 } },
  display: { unit: "GB", digits: 3 },
  unitPenalty: 0.25,
});

describe("matching", () => {
  const v = generateVariant(matching, 3);
  const right = v.solution.matches!;

  it("offers every answer and the extra wrong one, shuffled, and sends no key", () => {
    expect(v.matchPrompts!.map((p) => p.text)).toEqual(["LoRA", "BitFit", "Prompt tuning"]);
    expect(new Set(v.choices!.map((c) => c.text))).toEqual(new Set(["Low-rank updates A and B", "Only the biases", "Soft prompt embeddings", "Every weight"]));
    const sent = JSON.stringify(toPublicVariant(v));
    expect(sent).not.toContain("matches");
    // Options never come in the prompts' order for every seed.
    const orders = new Set(Array.from({ length: 20 }, (_, s) => generateVariant(matching, s).choices!.map((c) => c.text).join("|")));
    expect(orders.size).toBeGreaterThan(1);
  });

  it("gives full credit for every pair, and the share of right pairs otherwise", () => {
    expect(gradeResponse(v, { kind: "matching", matches: right })).toMatchObject({ correct: true, score: 1 });
    const [p1, p2, p3] = v.matchPrompts!.map((p) => p.id) as [string, string, string];
    const wrongId = v.choices!.find((c) => c.text === "Every weight")!.id;
    const two = gradeResponse(v, { kind: "matching", matches: { [p1]: right[p1]!, [p2]: right[p2]!, [p3]: wrongId } });
    expect(two).toMatchObject({ correct: false, feedback: "2 of 3 pairs right: 66.7 % of the marks." });
    expect(two.score).toBeCloseTo(2 / 3, 12);
    expect(gradeResponse(v, { kind: "matching", matches: { [p1]: right[p1]! } }).score).toBeCloseTo(1 / 3, 12);
    expect(gradeResponse(v, { kind: "matching", matches: {} })).toMatchObject({ correct: false, score: 0 });
    expect(gradeResponse(v, { kind: "choice", choiceId: "c1" })).toMatchObject({ correct: false, score: 0, feedback: "Match each item to an answer." });
  });

  it("refuses a prompt twice and a wrong answer that is also a right one", () => {
    expect(() => templateSchema.parse({ ...matching, pairs: [...matching.pairs, { prompt: "LoRA", answer: "x" }] })).toThrow("Each prompt may appear only once.");
    expect(() => templateSchema.parse({ ...matching, distractors: ["Only the biases"] })).toThrow("An extra wrong answer can't also be a right answer.");
    expect(validateTemplate(matching).ok).toBe(true);
  });
});

describe("multiple answers", () => {
  const v = generateVariant(multi, 0, { shuffleChoices: false });
  const id = (text: string) => v.choices!.find((c) => c.text === text)!.id;

  it("grades each right tick +1/k and each wrong tick −1/(n − k), never below zero", () => {
    expect(gradeResponse(v, { kind: "choices", choiceIds: [id("NF4"), id("Double quantization"), id("Paged optimizers")] })).toMatchObject({ correct: true, score: 1 });
    // k = 3 right, n − k = 2 wrong: two right ticks = 2/3.
    expect(gradeResponse(v, { kind: "choices", choiceIds: [id("NF4"), id("Paged optimizers")] }).score).toBeCloseTo(2 / 3, 12);
    // All right plus one wrong: 1 − 1/2.
    const over = gradeResponse(v, { kind: "choices", choiceIds: [id("NF4"), id("Double quantization"), id("Paged optimizers"), id("Rank-1 adapters only")] });
    expect(over).toMatchObject({ correct: false, score: 0.5 });
    expect(over.feedback).toBe(
      "3 of the 3 right choices ticked, 1 wrong one ticked too (each takes away 1/2): 50 % of the marks. QLoRA uses LoRA at ordinary ranks (64 in the paper).",
    );
    // One right, both wrong: 1/3 − 1 → 0.
    expect(gradeResponse(v, { kind: "choices", choiceIds: [id("NF4"), id("Rank-1 adapters only"), id("FP32 base weights")] })).toMatchObject({ correct: false, score: 0 });
    // Ticking everything is not a way to full marks.
    expect(gradeResponse(v, { kind: "choices", choiceIds: v.choices!.map((c) => c.id) }).score).toBe(0);
  });

  it("refuses nothing ticked, unknown ids and a single kind of choice", () => {
    expect(gradeResponse(v, { kind: "choices", choiceIds: [] })).toMatchObject({ score: 0, feedback: "Tick every choice that applies." });
    expect(gradeResponse(v, { kind: "choices", choiceIds: ["c99"] })).toMatchObject({ score: 0 });
    expect(() => templateSchema.parse({ ...multi, choices: multi.choices.map((c) => ({ ...c, correct: true })) })).toThrow("Mark at least one choice right and leave at least one wrong.");
    expect(JSON.stringify(toPublicVariant(v))).not.toContain("correct");
  });
});

describe("numeric with a unit penalty (Moodle's unit penalty)", () => {
  const v = generateVariant(withUnit, 0);

  it("gives full credit with the unit and 1 − penalty for the right number alone", () => {
    expect(v.solution.expectedText).toBe("3.5 GB");
    expect(toPublicVariant(v).unitRequired).toEqual({ penalty: 0.25 });
    expect(gradeResponse(v, { kind: "numeric", text: "3.5 GB" })).toMatchObject({ correct: true, score: 1 });
    expect(gradeResponse(v, { kind: "numeric", text: "3.26 GiB" })).toMatchObject({ correct: true, score: 1 });
    expect(gradeResponse(v, { kind: "numeric", text: "3.5" })).toMatchObject({
      correct: false,
      score: 0.75,
      feedback: "The number is right, but give its unit (GB): without it the answer earns 75 % of the marks.",
    });
    // A wrong bare number earns nothing; units still name slips.
    expect(gradeResponse(v, { kind: "numeric", text: "7" })).toMatchObject({ correct: false, score: 0 });
    expect(gradeResponse(v, { kind: "numeric", text: "28 GB" }).score).toBe(0);
  });

  it("is refused on a plain-number answer", () => {
    const plain = templateSchema.parse({ ...withUnit, display: { unit: "", digits: 3 } });
    expect(validateTemplate(plain)).toMatchObject({ ok: false });
    expect(validateTemplate(withUnit).ok).toBe(true);
  });
});
