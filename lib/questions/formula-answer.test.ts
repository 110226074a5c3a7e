import { describe, expect, it } from "vitest";
import { generateVariant } from "./generate-variant";
import { compileParameterSpace } from "./parameter-space";
import type { TemplateInput } from "./template-schema";
import { validateTemplate } from "./validate-template";

const base = {
  key: "triangle-area",
  topic: "sliding-window-attention",
  title: "Area of a triangle",
  prompt: "A triangle has base {a} and height {b}. What is its area?",
  explanation: "Half the base times the height.",
  source: { title: "Imported" },
  difficulty: "medium",
} as const;

const formulaTemplate = (formula: string, extra: Partial<Record<string, unknown>> = {}): TemplateInput =>
  ({
    ...base,
    kind: "numeric",
    parameters: [
      { kind: "choice", name: "a", values: [2, 4, 6], dataset: "item" },
      { kind: "choice", name: "b", values: [10, 20, 30], dataset: "item" },
    ],
    answer: { fn: "formula", formula, inputs: {} },
    display: { unit: "", digits: 3 },
    tolerance: { relative: 0.01 },
    ...extra,
  }) as TemplateInput;

describe("formula answers in templates", () => {
  it("draws the parameters of one dataset together, item by item", () => {
    const space = compileParameterSpace({ key: "k", parameters: formulaTemplate("{a}").parameters as never, constraints: [] });
    expect(space.size).toBe(3);
    const pairs = new Set(Array.from({ length: 3 }, (_, seed) => JSON.stringify(space.draw(seed).values)));
    expect(pairs).toEqual(new Set(['{"a":2,"b":10}', '{"a":4,"b":20}', '{"a":6,"b":30}']));
  });

  it("computes the answer and shows the formula with the numbers in", () => {
    const checked = validateTemplate(formulaTemplate("{a} * {b} / 2"));
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    const v = generateVariant(checked.template, 0);
    const { a, b } = v.params as { a: number; b: number };
    expect(v.solution.numeric!.value).toBe((a * b) / 2);
    expect(v.solution.steps).toEqual(["Formula: {a} * {b} / 2.", `${a} * ${b} / 2 = ${(a * b) / 2}.`]);
  });

  it("refuses unknown parameters, bad syntax, failing draws and unequal datasets", () => {
    expect(validateTemplate(formulaTemplate("{a} * {c}"))).toMatchObject({ ok: false, errors: [expect.stringMatching(/"c" names no parameter/)] });
    expect(validateTemplate(formulaTemplate("{a} *"))).toMatchObject({ ok: false, errors: [expect.stringMatching(/ends too early/)] });
    expect(validateTemplate(formulaTemplate("sqrt(4 - {a})"))).toMatchObject({ ok: false, errors: [expect.stringMatching(/not a finite number for these inputs in 1 of 3 sampled draws, first with a = 6, b = 30/)] });
    const unequal = formulaTemplate("{a}", { parameters: [{ kind: "choice", name: "a", values: [1, 2], dataset: "s" }, { kind: "choice", name: "b", values: [1], dataset: "s" }] });
    expect(validateTemplate(unequal)).toMatchObject({ ok: false, errors: [expect.stringMatching(/Dataset "s".*a: 2, b: 1/)] });
    expect(validateTemplate({ ...formulaTemplate("{a}"), answer: { fn: "formula", inputs: {} } })).toMatchObject({ ok: false });
    expect(validateTemplate(formulaTemplate("{a} > 5 ? constructor(1) : {a}"))).toMatchObject({ ok: false, errors: [expect.stringMatching(/Unknown function "constructor"/)] });
  });

  it("takes a list of up to 1,000 values", () => {
    const list = (count: number) => formulaTemplate("{a}", { prompt: "A square has side {a}. What is its side?", parameters: [{ kind: "choice", name: "a", values: Array.from({ length: count }, (_, i) => i + 1) }] });
    expect(validateTemplate(list(1000))).toMatchObject({ ok: true });
    expect(validateTemplate(list(1001))).toMatchObject({ ok: false, errors: [expect.stringMatching(/at most 1,000 values/)] });
  });

  it("gives a result in its unit, graded in that unit's dimension", () => {
    const checked = validateTemplate(formulaTemplate("{a} * 2", { answer: { fn: "formula", formula: "{a} * 2", inputs: {}, unit: "GB" }, display: { unit: "GB", digits: 3 }, unitPenalty: 0.1 }));
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    const v = generateVariant(checked.template, 0);
    expect(v.solution.numeric).toMatchObject({ unit: "B", displayUnit: "GB" });
    expect(v.solution.numeric!.value).toBe((v.params.a as number) * 2e9);
    expect(v.solution.expectedText).toMatch(/GB$/);
    expect(validateTemplate(formulaTemplate("{a}", { answer: { fn: "formula", formula: "{a}", inputs: {}, unit: "furlongs" } }))).toMatchObject({ ok: false });
  });
});
