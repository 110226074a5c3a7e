import { describe, expect, it } from "vitest";
import { evaluateFormula } from "@/lib/compute/formula-evaluate";
import { parseFormula } from "@/lib/compute/formula-parse";
import { validateTemplate } from "@/lib/questions/validate-template";
import { TOPICS } from "@/lib/topics/topic-list";
import { moodleFormula } from "./moodle-formula";
import { moodleMapper } from "./moodle-to-templates";
import { readMoodleXml } from "./read-moodle-xml";
import { templatesToMoodle } from "./templates-to-moodle";
import { writeMoodleXml } from "./write-moodle-xml";

const FORMULAS = [
  "{a}^2",
  "-{a} ^ 2 + 2 ^ -{b}",
  "{a} < {b} < 3",
  "{a} == {b} != 0",
  "{a} > 5 ? 1 : {b} > 2 ? 2 : 3",
  "({a} > 1 ? {a} : {b}) ? 4 : 5",
  "{a} - -{b} + - - {a}",
  "({a} - {b}) - ({a} - {b}) * ({a} / ({b} / 2))",
  "2 ^ 3 ^ {b} % 7",
  "!{a} + !({a} - {a}) * SQRT({b}) <> 1",
];

describe("moodleFormula", () => {
  it("keeps a formula that is already safe for Moodle as written", () => {
    for (const f of ["2*{d}*{r}", "pow({d}, 2)", "{b} ** (-2 * {i} / {dim})", "{a} > {b} ? {a} : {b}"]) expect(moodleFormula(f)).toBe(f);
  });

  it("writes powers as ** and encloses chained comparisons, nested conditions and doubled signs", () => {
    expect(moodleFormula("{a}^2")).toBe("{a}**2");
    expect(moodleFormula("-{a} ^ 2")).toBe("-{a}**2");
    expect(moodleFormula("(-{a}) ^ 2")).toBe("(-{a})**2");
    expect(moodleFormula("2 ^ 3 ^ 2")).toBe("2**3**2");
    expect(moodleFormula("(2 ^ 3) ^ 2")).toBe("(2**3)**2");
    expect(moodleFormula("{a} < {b} < 3")).toBe("({a} < {b}) < 3");
    expect(moodleFormula("{a} > 5 ? 1 : {b} > 2 ? 2 : 3")).toBe("{a} > 5 ? 1 : ({b} > 2 ? 2 : 3)");
    expect(moodleFormula("{a} - -{b}")).toBe("{a} - (-{b})");
    expect(moodleFormula("- - {a}")).toBe("-(-{a})");
    expect(moodleFormula("{a} - ({b} - 1)")).toBe("{a} - ({b} - 1)");
    for (const f of FORMULAS) {
      const written = moodleFormula(f);
      expect(written).not.toMatch(/\^|--|\+\+|<>/);
      expect(parseFormula(written)).toEqual(parseFormula(f));
    }
  });

  it("gives the same value on every draw once exported to Moodle XML and imported again", () => {
    const templates = FORMULAS.map((formula, i) => {
      const checked = validateTemplate({
        key: `formula-${i}`,
        topic: TOPICS[0]!.slug,
        title: `Formula ${i + 1}`,
        prompt: "Given {a} and {b}, what does the formula give?",
        explanation: "The formula, worked through.",
        source: { title: "Test" },
        difficulty: "medium",
        kind: "numeric",
        parameters: [
          { kind: "int", name: "a", min: 1, max: 6, step: 1 },
          { kind: "int", name: "b", min: 1, max: 4, step: 1 },
        ],
        answer: { fn: "formula", formula, inputs: {} },
        display: { unit: "", digits: 6 },
        tolerance: { relative: 0.01 },
      });
      if (!checked.ok) throw new Error(checked.errors.join("; "));
      return checked.template;
    });
    const read = readMoodleXml(writeMoodleXml(templatesToMoodle(templates, { items: 24 })));
    const mapper = moodleMapper({ topics: TOPICS, defaultTopic: TOPICS[0]!.slug });
    const back = read.questions.map((q) => mapper.add(q)!.template);
    expect([...read.errors, ...mapper.errors]).toEqual([]);
    back.forEach((t, i) => {
      if (t.kind !== "numeric" || t.answer.fn !== "formula") throw new Error("not a formula answer");
      const values = (name: string) => (t.parameters?.find((p) => p.name === name) as { values: number[] }).values;
      expect(values("a")).toHaveLength(24);
      values("a").forEach((a, k) => {
        const draw = { a, b: values("b")[k]! };
        const read = (name: string) => draw[name as "a" | "b"];
        expect(evaluateFormula(t.answer.formula!, read).value).toBe(evaluateFormula(FORMULAS[i]!, read).value);
      });
    });
  });
});
