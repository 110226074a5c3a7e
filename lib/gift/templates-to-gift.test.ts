import { describe, expect, it } from "vitest";
import { TOPICS } from "@/lib/topics/topic-list";
import { builtInTemplates } from "@/lib/topics/built-in-templates";
import { generateVariant } from "@/lib/questions/generate-variant";
import { templateSchema, type Template } from "@/lib/questions/template-schema";
import { validateTemplate } from "@/lib/questions/validate-template";
import { giftToTemplates } from "./gift-to-templates";
import { parseGift } from "./parse-gift";
import { templatesToGift } from "./templates-to-gift";
import { writeGift } from "./write-gift";

const builtIn = builtInTemplates();

describe("templatesToGift", () => {
  it("writes N variants per parameterised template and one per static template", () => {
    const parameterised = builtIn.find((t) => t.parameters.length > 0 && t.kind === "numeric")!;
    const questions = templatesToGift([parameterised], { variants: 3 });
    expect(questions.map((q) => q.title)).toEqual([1, 2, 3].map((i) => `${parameterised.title} (variant ${i} of 3)`));
    const v = generateVariant(parameterised, 1);
    expect(questions[1]!.text).toContain(v.prompt);
    if (v.solution.numeric!.displayUnit) expect(questions[1]!.text).toContain(`Give the answer in ${v.solution.numeric!.displayUnit}.`);
    expect(questions[1]!.category).toBe([parameterised.topic, ...parameterised.tags].join("/"));

    const staticOne = templateSchema.parse({
      key: "static-tf",
      topic: "rope",
      title: "Static",
      prompt: "RoPE rotates query and key pairs.",
      explanation: "It rotates them by m·θ.",
      source: { title: "RoFormer" },
      difficulty: "easy",
      kind: "true_false",
      correct: true,
    });
    expect(templatesToGift([staticOne], { variants: 5 })).toEqual([
      { line: 0, title: "Static", format: "markdown", text: "RoPE rotates query and key pairs.", category: "rope", generalFeedback: "It rotates them by m·θ.", kind: "true_false", answer: true },
    ]);
  });

  it("writes a numeric answer in the display unit with a tolerance that grading would accept", () => {
    const numeric = builtIn.filter((t) => t.kind === "numeric" && t.parameters.length > 0);
    for (const template of numeric) {
      const [q] = templatesToGift([template], { variants: 1 });
      const v = generateVariant(template, 0);
      if (q!.kind !== "numeric") throw new Error("expected numeric");
      const a = q!.answers[0]!;
      if (!("value" in a)) throw new Error("expected value:tolerance");
      const shown = Number(v.solution.expectedText.replace(/,/g, "").split(" ")[0]);
      // The shown answer (rounded to the template's digits) lies within the written tolerance.
      expect(Math.abs(shown - a.value), template.key).toBeLessThanOrEqual(a.tolerance * 1.0001 + 1e-12);
    }
  });

  it("exports every built-in template as GIFT that parses cleanly and imports as valid templates", () => {
    const text = writeGift(templatesToGift(builtIn, { variants: 2 }));
    const parsed = parseGift(text);
    expect(parsed.errors).toEqual([]);
    expect(parsed.warnings).toEqual([]);
    const mapped = giftToTemplates(parsed.questions, { topics: TOPICS, defaultTopic: "rope" });
    expect(mapped.errors).toEqual([]);
    const failures = mapped.templates.map((t) => [t.template.key, validateTemplate(t.template, { samples: 1 })] as const).filter(([, r]) => !r.ok);
    expect(failures.map(([key, r]) => `${key}: ${r.ok ? "" : r.errors.join("; ")}`)).toEqual([]);
    expect(new Set(mapped.templates.map((t) => t.template.topic))).toEqual(new Set(TOPICS.map((t) => t.slug)));
  });

  it("round-trips a static GIFT import: export, parse and map give the same template", () => {
    const parsed = parseGift("$CATEGORY: peft/lora\n\n::LoRA rank default:: Which rank does the config use? {=8#Yes ~4#Too small ~16}");
    const [first] = giftToTemplates(parsed.questions, { topics: TOPICS, defaultTopic: "rope" }).templates;
    const template = templateSchema.parse(first!.template);
    const again = parseGift(writeGift(templatesToGift([template], { variants: 3 })));
    const [second] = giftToTemplates(again.questions, { topics: TOPICS, defaultTopic: "rope" }).templates;
    expect(templateSchema.parse(second!.template)).toEqual(template);
  });
});

describe("partial-credit kinds through GIFT", () => {
  const common = { topic: "quantization", explanation: "From the formats' definitions.", source: { title: "QLoRA" }, difficulty: "easy" } as const;
  const matching = templateSchema.parse({
    ...common,
    key: "gift-matching",
    kind: "matching",
    title: "Formats and their bits",
    prompt: "Match each format to its bits per weight.",
    pairs: [
      { prompt: "FP16", answer: "16" },
      { prompt: "INT8", answer: "8" },
      { prompt: "NF4", answer: "4" },
      { prompt: "FP8", answer: "8" },
    ],
  }) as Extract<Template, { kind: "matching" }>;
  const multi = templateSchema.parse({
    ...common,
    key: "gift-multi",
    kind: "multiple_answer",
    title: "Four-bit formats",
    prompt: "Which of these store a weight in 4 bits?",
    choices: [
      { text: "NF4", correct: true },
      { text: "INT4", correct: true },
      { text: "FP4 (E2M1)", correct: true },
      { text: "FP8 (E4M3)", correct: false, feedback: "8 bits." },
      { text: "BF16", correct: false },
    ],
  });

  it("writes multiple answers with Moodle's weights and matching as pairs, and reads them back as the same kinds", () => {
    const gift = writeGift(templatesToGift([matching, multi], { variants: 1 }));
    expect(gift).toContain("~%33.33333%NF4");
    expect(gift).toContain("~%-50%FP8 (E4M3)#8 bits.");
    expect(gift).toContain("=FP16 -> 16");
    const parsed = parseGift(gift);
    expect(parsed.errors).toEqual([]);
    const { templates, errors, warnings } = giftToTemplates(parsed.questions, { topics: TOPICS, defaultTopic: "rope" });
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
    const [m, a] = templates.map((t) => validateTemplate(t.template, { samples: 20 }));
    expect(m).toMatchObject({ ok: true, template: { kind: "matching", pairs: matching.pairs } });
    expect(a).toMatchObject({ ok: true, template: { kind: "multiple_answer" } });
    const back = (a as { template: { choices: { text: string; correct: boolean }[] } }).template.choices;
    expect(new Set(back.filter((c) => c.correct).map((c) => c.text))).toEqual(new Set(["NF4", "INT4", "FP4 (E2M1)"]));
    expect(back.filter((c) => !c.correct).map((c) => c.text).sort()).toEqual(["BF16", "FP8 (E4M3)"]);
  });

  it("keeps a single right choice a multiple-answer question (~%100%, not =)", () => {
    const one = templateSchema.parse({ ...multi, key: "gift-one", choices: [{ text: "NF4", correct: true }, { text: "BF16", correct: false }, { text: "FP32", correct: false }] });
    const gift = writeGift(templatesToGift([one], { variants: 1 }));
    expect(gift).toContain("~%100%NF4");
    const { templates } = giftToTemplates(parseGift(gift).questions, { topics: TOPICS, defaultTopic: "rope" });
    expect(templates[0]!.template.kind).toBe("multiple_answer");
  });
});

