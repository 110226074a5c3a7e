import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { generateVariant } from "@/lib/questions/generate-variant";
import { validateTemplate } from "@/lib/questions/validate-template";
import { TOPICS } from "@/lib/topics/topic-list";
import { moodleMapper } from "./moodle-to-templates";
import { readMoodleXml } from "./read-moodle-xml";

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");

function mapFile(xml: string) {
  const read = readMoodleXml(xml);
  const mapper = moodleMapper({ topics: TOPICS, defaultTopic: "rope", reservedKeys: new Set(["format-name"]) });
  const templates = read.questions.flatMap((q) => mapper.add(q) ?? []);
  return { read, templates, errors: mapper.errors, warnings: mapper.warnings };
}

function valid(template: unknown) {
  const r = validateTemplate(template, { samples: 200 });
  if (!r.ok) throw new Error(r.errors.join("\n"));
  return r.template;
}

const bank = mapFile(fixture("question-bank.xml"));
const byTitle = (title: string) => valid(bank.templates.find((t) => t.template.title === title)!.template);

describe("moodleMapper", () => {
  it("maps every question of the bank to a valid template, categories to topics and tags", () => {
    expect(bank.errors).toEqual([]);
    expect(bank.templates.map((t) => [t.line, t.template.kind, t.template.topic, t.template.tags])).toEqual([
      [15, "multiple_choice", "quantization", ["memory"]],
      [64, "multiple_answer", "quantization", ["memory"]],
      [92, "true_false", "quantization", ["memory"]],
      [117, "short_text", "quantization", ["memory"]],
      [140, "numeric", "quantization", ["memory"]],
      [184, "matching", "peft", []],
      [222, "numeric", "peft", []],
      [320, "numeric", "peft", []],
      [391, "numeric", "rope", ["scaling"]],
    ]);
    for (const t of bank.templates) valid(t.template);
    // A reserved key is never taken.
    expect(bank.templates[3]!.template.key).toBe("format-name-2");
  });

  it("turns HTML into Markdown and keeps feedback", () => {
    expect(byTitle("Bits of int8")).toMatchObject({
      prompt: "How many **bits** does one int8 weight take?",
      explanation: "An int8 value is one byte: 8 bits.",
      choices: [{ text: "8", correct: true, feedback: "Right: one byte." }, { text: "1 byte", correct: false }, { text: "16", correct: false, feedback: "That is int16." }],
    });
  });

  it("maps a numerical answer with units to a formula in its unit, with the tolerance and the unit penalty", () => {
    const t = byTitle("Weights of a 7B model in fp16");
    expect(t).toMatchObject({ answer: { fn: "formula", formula: "14", unit: "GB" }, display: { unit: "GB" }, tolerance: { absolute: 0.5e9 }, unitPenalty: 0.1 });
    expect(generateVariant(t, 0).solution.expectedText).toBe("14 GB");
  });

  it("maps matching, an empty prompt's answer becoming an extra wrong answer", () => {
    expect(byTitle("Methods and what they train")).toMatchObject({ pairs: [{ prompt: "LoRA" }, { prompt: "Prefix tuning" }, { prompt: "BitFit" }], distractors: ["Every weight of the model"] });
  });

  it("maps calculated questions sharing a dataset: items paired by number, the formula kept", () => {
    const lora = byTitle("LoRA parameters of one matrix");
    expect(lora).toMatchObject({
      parameters: [
        { kind: "choice", name: "d", values: [1024, 4096, 8192], dataset: "items" },
        { kind: "choice", name: "r", values: [8, 16, 64], dataset: "items" },
      ],
      answer: { fn: "formula", formula: "2*{d}*{r}", inputs: {} },
      tolerance: { relative: 0.01 },
      display: { digits: 4 },
    });
    const draws = new Set(Array.from({ length: 3 }, (_, seed) => JSON.stringify(generateVariant(lora, seed).params)));
    expect(draws).toEqual(new Set(['{"d":1024,"r":8}', '{"d":4096,"r":16}', '{"d":8192,"r":64}']));
    // The second question of the shared dataset draws the same values; a single wildcard needs no dataset.
    expect(byTitle("Full fine-tuning of one matrix")).toMatchObject({ parameters: [{ kind: "choice", name: "d", values: [1024, 4096, 8192] }], tolerance: { absolute: 0 } });
    expect(bank.warnings.filter((w) => /shared dataset \{d\}/.test(w.message)).map((w) => w.line)).toEqual([254, 349]);
  });

  it("maps calculatedsimple, significant figures to display digits", () => {
    const t = byTitle("Rotation angle");
    expect(t).toMatchObject({ topic: "rope", display: { digits: 3 }, answer: { formula: "{b} ** (-2 * {i} / {dim})" } });
    const v = generateVariant(t, 0);
    const { b, i, dim } = v.params as { b: number; i: number; dim: number };
    expect(v.solution.numeric!.value).toBeCloseTo(b ** ((-2 * i) / dim));
  });

  it("reports what isn't carried, each with its line", () => {
    expect(bank.warnings).toEqual(
      expect.arrayContaining([
        { line: 26, message: '"Bits of int8": not carried: the penalty for each wrong try (33.3%)' },
        { line: 49, message: `"Bits of int8": partial credit isn't supported: "1 byte" (50%) is kept as a wrong choice` },
        { line: 117, message: '"Format name": answers are compared ignoring case, spaces and punctuation (Moodle compared case)' },
        { line: 150, message: '"Weights of a 7B model in fp16": not carried: the default mark (2.0000000; marks are set per quiz item)' },
      ]),
    );
  });

  it("refuses questions it can't map, at their lines, and maps log-uniform and geometric with a report", () => {
    const { errors, warnings, templates } = mapFile(fixture("broken-questions.xml"));
    expect(errors).toEqual([
      { line: 10, message: '"Unknown wildcard": the formula uses {b} with no dataset definition' },
      { line: 39, message: '"Not a number": the answer "eight" is not a number' },
      { line: 44, message: '"Two right answers": a multiple-choice question needs at least 2 answers, exactly one of them with fraction 100' },
    ]);
    expect(templates.map((t) => t.template.title)).toEqual(["Log-uniform range"]);
    expect(valid(templates[0]!.template)).toMatchObject({ parameters: [{ kind: "int", name: "x", min: 1, max: 100, step: 1 }], tolerance: { relative: 0.1 } });
    expect(warnings.map((w) => w.line)).toEqual([71, 63]);
    expect(warnings[1]!.message).toMatch(/geometric tolerance 0.1 is mapped to the relative tolerance 0.1/);
    expect(warnings[0]!.message).toMatch(/log-uniform distribution; its values are drawn uniformly from 1 to 100/);
  });
});

describe("moodleMapper on single questions", () => {
  const one = (question: string) => mapFile(`<?xml version="1.0"?>\n<quiz>\n${question}\n</quiz>`);

  it("reports images, hints and a fixed answer order, each with its line", () => {
    const { templates, warnings } = one(
      [
        '<question type="truefalse">',
        "<name><text>Picture</text></name>",
        '<questiontext format="html"><text><![CDATA[<p>Is this a rotation? <img src="@@PLUGINFILE@@/rope.png"></p>]]></text>',
        '<file name="rope.png" path="/" encoding="base64">iVBORw0KGgo=</file></questiontext>',
        '<answer fraction="100"><text>true</text></answer>',
        '<answer fraction="0"><text>false</text></answer>',
        '<hint format="html"><text>Look at the angle.</text></hint>',
        "</question>",
      ].join("\n"),
    );
    expect(templates).toHaveLength(1);
    expect(warnings).toEqual([
      { line: 6, message: '"Picture": not carried: the embedded file "rope.png"; a hint (line 9)' },
      { line: 3, message: `"Picture": an image or file (@@PLUGINFILE@@) is not carried: the file isn't in the export, so the reference can't show it` },
      { line: 3, message: '"Picture": HTML tags other than paragraphs, line breaks, bold, italics and code were removed' },
    ]);
  });

  it("clamps a relative tolerance above 50 % and reports an inline formula as an error", () => {
    const calculated = (text: string, tolerance: string) =>
      one(
        [
          '<question type="calculated">',
          "<name><text>Double it</text></name>",
          `<questiontext format="html"><text>${text}</text></questiontext>`,
          `<answer fraction="100"><text>2*{x}</text><tolerance>${tolerance}</tolerance><tolerancetype>1</tolerancetype><correctanswerformat>2</correctanswerformat><correctanswerlength>3</correctanswerlength></answer>`,
          "<dataset_definitions><dataset_definition><status><text>private</text></status><name><text>x</text></name><type>calculated</type>",
          "<distribution><text>uniform</text></distribution><minimum><text>1</text></minimum><maximum><text>5</text></maximum><decimals><text>1</text></decimals>",
          "<itemcount>0</itemcount><dataset_items/><number_of_items>0</number_of_items></dataset_definition></dataset_definitions>",
          "</question>",
        ].join("\n"),
      );
    const wide = calculated("What is twice {x}, roughly?", "0.8");
    expect(valid(wide.templates[0]!.template)).toMatchObject({ tolerance: { relative: 0.5 }, parameters: [{ kind: "float", min: 1, max: 5, step: 0.1 }] });
    expect(wide.warnings).toEqual([{ line: 6, message: '"Double it": the relative tolerance 0.8 is more than Quizformer\'s 50%; it is set to 50%' }]);
    const xor = one(
      [
        '<question type="calculated">',
        "<name><text>Square it</text></name>",
        "<questiontext><text>What is the square of {x}?</text></questiontext>",
        '<answer fraction="100"><text>{x}^2</text><tolerance>0.01</tolerance><tolerancetype>1</tolerancetype><correctanswerformat>2</correctanswerformat><correctanswerlength>3</correctanswerlength></answer>',
        "<dataset_definitions><dataset_definition><status><text>private</text></status><name><text>x</text></name><type>calculated</type><distribution><text>uniform</text></distribution>",
        "<minimum><text>1</text></minimum><maximum><text>5</text></maximum><decimals><text>0</text></decimals><itemcount>0</itemcount></dataset_definition></dataset_definitions>",
        "</question>",
      ].join("\n"),
    );
    expect(xor.errors).toEqual([{ line: 6, message: '"Square it": the formula "{x}^2" uses ^, which Moodle reads as a bitwise XOR; write ** or pow() for a power' }]);
    expect(calculated("What is {={x}*2} here?", "0.01").errors).toEqual([{ line: 3, message: '"Double it": the question text holds an inline formula {=…}, which Quizformer doesn\'t evaluate; put it in the answer\'s formula' }]);
  });

  it("pairs wildcards by item number, keeping only the numbers every wildcard has", () => {
    const dataset = (name: string, items: [number, number][]) =>
      [
        `<dataset_definition><status><text>private</text></status><name><text>${name}</text></name><type>calculated</type><distribution><text>uniform</text></distribution>`,
        "<minimum><text>1</text></minimum><maximum><text>100</text></maximum><decimals><text>0</text></decimals>",
        `<itemcount>${items.length}</itemcount><dataset_items>${items.map(([n, v]) => `<dataset_item><number>${n}</number><value>${v}</value></dataset_item>`).join("")}</dataset_items>`,
        "</dataset_definition>",
      ].join("\n");
    const question = (a: [number, number][], b: [number, number][]) =>
      one(
        [
          '<question type="calculated">',
          "<name><text>Sum</text></name>",
          "<questiontext><text>What is {a} plus {b}?</text></questiontext>",
          '<answer fraction="100"><text>{a}+{b}</text><tolerance>0</tolerance><tolerancetype>2</tolerancetype><correctanswerformat>1</correctanswerformat><correctanswerlength>0</correctanswerlength></answer>',
          `<dataset_definitions>${dataset("a", a)}${dataset("b", b)}</dataset_definitions>`,
          "</question>",
        ].join("\n"),
      );
    const shifted = question([[3, 30], [1, 10], [2, 20]], [[2, 2], [3, 3], [4, 4]]);
    expect(valid(shifted.templates[0]!.template)).toMatchObject({ parameters: [{ name: "a", values: [20, 30], dataset: "items" }, { name: "b", values: [2, 3], dataset: "items" }] });
    expect(shifted.warnings.map((w) => w.message)).toEqual(['"Sum": the wildcards have items with different numbers; the 2 item numbers all of them have are used']);
    expect(question([[1, 10]], [[2, 2]]).errors.map((e) => e.message)).toEqual(['"Sum": the wildcards\' dataset items share no item number, so no variant can be drawn']);
  });

  it("maps Moodle's largest datasets whole, paired by number, and refuses more items than Moodle allows", () => {
    const dataset = (name: string, items: [number, number][]) =>
      `<dataset_definition><status><text>private</text></status><name><text>${name}</text></name><type>calculated</type><distribution><text>uniform</text></distribution><minimum><text>1</text></minimum><maximum><text>100000</text></maximum><decimals><text>0</text></decimals><dataset_items>${items.map(([n, v]) => `<dataset_item><number>${n}</number><value>${v}</value></dataset_item>`).join("")}</dataset_items></dataset_definition>`;
    const question = (a: [number, number][], b: [number, number][]) =>
      one(
        [
          '<question type="calculated">',
          "<name><text>Sum</text></name>",
          "<questiontext><text>What is {a} plus {b}?</text></questiontext>",
          '<answer fraction="100"><text>{a}+{b}</text><tolerance>0</tolerance><tolerancetype>2</tolerancetype><correctanswerformat>1</correctanswerformat><correctanswerlength>0</correctanswerlength></answer>',
          `<dataset_definitions>${dataset("a", a)}${dataset("b", b)}</dataset_definitions>`,
          "</question>",
        ].join("\n"),
      );
    const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
    // b lists its items backwards and from number 51: only 51…100 are shared.
    const full = question(
      range(1, 100).map((n) => [n, n * 10]),
      range(51, 150)
        .reverse()
        .map((n) => [n, n]),
    );
    expect(full.errors).toEqual([]);
    expect(valid(full.templates[0]!.template)).toMatchObject({ parameters: [{ name: "a", values: range(51, 100).map((n) => n * 10) }, { name: "b", values: range(51, 100) }] });
    const huge = question(
      range(1, 78_000).map((n) => [n, n]),
      [[1, 1]],
    );
    expect(huge.templates).toEqual([]);
    expect(huge.errors).toEqual([{ line: 3, message: '"Sum": {a} has 78000 dataset items; Moodle allows at most 100 per dataset' }]);
  });
});
