import { describe, expect, it } from "vitest";
import { TOPICS } from "@/lib/topics/topic-list";
import { generateVariant } from "@/lib/questions/generate-variant";
import { validateTemplate } from "@/lib/questions/validate-template";
import { giftToTemplates, type GiftMappingOptions } from "./gift-to-templates";
import { parseGift } from "./parse-gift";

const OPTIONS: GiftMappingOptions = { topics: TOPICS, defaultTopic: "rope", reservedKeys: new Set(["kv-cache"]) };

function mapGift(text: string, options = OPTIONS) {
  const parsed = parseGift(text);
  expect(parsed.errors).toEqual([]);
  return giftToTemplates(parsed.questions, options);
}

function valid(template: unknown) {
  const r = validateTemplate(template, { samples: 200 });
  if (!r.ok) throw new Error(r.errors.join("\n"));
  return r.template;
}

describe("giftToTemplates", () => {
  it("maps a numeric answer with tolerance to a const.value template graded within ± tolerance", () => {
    const { templates, errors, warnings } = mapGift("::Pi:: What is pi to two decimals? {#3.14159:0.005}");
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
    const t = valid(templates[0]!.template);
    expect(t).toMatchObject({ key: "pi", kind: "numeric", topic: "rope", answer: { fn: "const.value", inputs: { value: 3.14159 } }, tolerance: { absolute: 0.005 }, display: { unit: "", digits: 6 } });
    expect(generateVariant(t, 0).solution.expectedText).toBe("3.14159");
  });

  it("maps min..max to its midpoint with half the width as tolerance, and keeps only the full answer", () => {
    const { templates, warnings } = mapGift("::Range:: Give a value between the bounds. {#=1..3 =%50%0..4}");
    expect(valid(templates[0]!.template)).toMatchObject({ answer: { inputs: { value: 2 } }, tolerance: { absolute: 1 } });
    expect(warnings).toEqual([{ line: 1, message: "only the first fully correct answer is kept; 1 other answer (alternatives or partial credit) dropped" }]);
  });

  it("maps multiple choice to static choices with feedback, warning that partial credit becomes wrong", () => {
    const { templates, warnings } = mapGift("::Rank:: Which LoRA rank is the default here? {=8#Yes ~4#Too small ~%50%16#Half}");
    expect(valid(templates[0]!.template)).toMatchObject({
      kind: "multiple_choice",
      choices: [
        { text: "8", correct: true, feedback: "Yes" },
        { text: "4", correct: false, feedback: "Too small" },
        { text: "16", correct: false, feedback: "Half" },
      ],
    });
    expect(warnings).toEqual([{ line: 1, message: 'partial credit isn\'t supported: "16" (50%) is kept as a wrong choice' }]);
  });

  it("imports Moodle's multiple-answer form (every answer with ~ and a weight) as a multiple-answer template", () => {
    const { templates, errors, warnings } = mapGift("\n::Two:: Pick both right answers. {~%50%a ~%50%b ~%-100%c#Not this one.}");
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
    expect(valid(templates[0]!.template)).toMatchObject({
      kind: "multiple_answer",
      choices: [
        { text: "a", correct: true },
        { text: "b", correct: true },
        { text: "c", correct: false, feedback: "Not this one." },
      ],
    });
  });

  it("says when a multiple-answer question's weights are regraded as equal shares", () => {
    const { templates, warnings } = mapGift("\n::Uneven:: Pick the right ones here. {~%70%a ~%30%b ~%0%c ~%-50%d}");
    expect(templates[0]!.template.kind).toBe("multiple_answer");
    expect(warnings).toEqual([{ line: 2, message: "the choices' weights are graded as equal shares: each right choice 50%, each wrong one −50%" }]);
  });

  it("imports matching pairs that aren't a ranking as a matching template", () => {
    const { templates, errors, warnings } = mapGift("::Pairs:: Match each format to its bits. {=FP16 -> 16 bits =INT8 -> 8 bits =NF4 -> 4 bits}");
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
    expect(valid(templates[0]!.template)).toMatchObject({
      kind: "matching",
      pairs: [
        { prompt: "FP16", answer: "16 bits" },
        { prompt: "INT8", answer: "8 bits" },
        { prompt: "NF4", answer: "4 bits" },
      ],
    });
  });

  it("maps true/false, short answer, ranked matching (ordering) and other matching", () => {
    const { templates, warnings } = mapGift(
      [
        "::TF:: RoPE adds a position vector. {F#No, it rotates.#Right: it rotates.}",
        "::SA:: Name the optimizer used here. {=Adam =AdamW =%50%SGD}",
        "::Order:: Put the RLHF stages in order. {=PPO -> 3 =SFT -> 1 =RM -> 2}",
        "::Match:: Match the papers to their years. {=LoRA -> 2021 =DPO -> 2023}",
      ].join("\n\n"),
    );
    expect(templates.map((t) => valid(t.template))).toMatchObject([
      { kind: "true_false", correct: false, explanation: "Right: it rotates." },
      { kind: "short_text", accepted: ["Adam", "AdamW"] },
      { kind: "ordering", items: ["SFT", "RM", "PPO"] },
      { kind: "matching", pairs: [{ prompt: "LoRA", answer: "2021" }, { prompt: "DPO", answer: "2023" }] },
    ]);
    expect(warnings).toEqual([{ line: 3, message: 'partial credit isn\'t supported: "SGD" (50%) is not accepted' }]);
  });

  it("maps categories to topics (slug or title, any case) and tags, else the default topic", () => {
    const { templates, warnings } = mapGift(
      [
        "$CATEGORY: $course$/top/Parameter-efficient fine-tuning/LoRA Basics/Rank",
        "::A:: First question text? {T}",
        "$CATEGORY: QUANTIZATION",
        "::B:: Second question text? {T}",
        "$CATEGORY: Astrology/Stars",
        "::C:: Third question text? {T}",
        "::D:: Fourth question text? {T}",
      ].join("\n\n"),
    );
    expect(templates.map((t) => [t.template.topic, t.template.tags])).toEqual([
      ["peft", ["lora-basics", "rank"]],
      ["quantization", []],
      ["rope", ["astrology", "stars"]],
      ["rope", ["astrology", "stars"]],
    ]);
    expect(warnings).toEqual([{ line: 11, message: 'category "Astrology/Stars" names no topic; its questions go to the default topic (rope)' }]);
  });

  it("makes keys from titles, unique and clear of reserved ones, else gift-<hash>", () => {
    const { templates } = mapGift(["::KV cache:: First question text? {T}", "::KV Cache!:: Second question text? {T}", "No title on this one? {T}", "No title on this one? {T}"].join("\n\n"));
    const keys = templates.map((t) => t.template.key);
    expect(keys.slice(0, 2)).toEqual(["kv-cache-2", "kv-cache-3"]);
    expect(keys[2]).toMatch(/^gift-[0-9a-f]{8}$/);
    expect(keys[3]).toBe(`${keys[2]}-2`);
    expect(templates[2]!.template.title).toBe("No title on this one?");
  });

  it("uses general feedback as the explanation, else writes one", () => {
    const { templates } = mapGift(["::G:: Question with feedback? {T####Because of the rotation.}", "::N:: Question without it? {#42}"].join("\n\n"));
    expect(templates.map((t) => t.template.explanation)).toEqual(["Because of the rotation.", "The answer is 42."]);
  });

  it("converts [html] text to Markdown and says when tags were dropped", () => {
    const { templates, warnings } = mapGift("::H:: [html]<p>Is <b>this</b> <span>bold</span>?</p> {T}");
    expect(templates[0]!.template.prompt).toBe("Is **this** bold?");
    expect(warnings).toEqual([{ line: 1, message: "HTML tags other than paragraphs, line breaks, bold, italics and code were removed" }]);
  });

  it("refuses question text under 10 characters", () => {
    const { errors } = mapGift("::Short:: 2 + 2? {#4}");
    expect(errors).toEqual([{ line: 1, message: 'the question text "2 + 2?" is too short; Quizformer needs at least 10 characters' }]);
  });
});
