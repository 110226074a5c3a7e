import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compileTemplate, generateVariant } from "@/lib/questions/generate-variant";
import { templateSchema, type Template } from "@/lib/questions/template-schema";
import { validateTemplate } from "@/lib/questions/validate-template";
import { BUILT_IN_TEMPLATE_INPUTS } from "@/lib/topics/built-in-templates";
import { TOPICS } from "@/lib/topics/topic-list";
import { moodleMapper } from "./moodle-to-templates";
import { readMoodleXml } from "./read-moodle-xml";
import { templatesToMoodle, templatesWithLongLists } from "./templates-to-moodle";
import { writeMoodleXml } from "./write-moodle-xml";

const BUILT_IN_TEMPLATES: Template[] = BUILT_IN_TEMPLATE_INPUTS.map((t) => templateSchema.parse(t));
const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");

function importXml(xml: string) {
  const read = readMoodleXml(xml);
  const mapper = moodleMapper({ topics: TOPICS, defaultTopic: "rope" });
  const templates = read.questions.flatMap((q) => mapper.add(q) ?? []).map((m) => {
    const checked = validateTemplate(m.template, { samples: 100 });
    if (!checked.ok) throw new Error(`${m.template.title}: ${checked.errors.join("; ")}`);
    return checked.template;
  });
  return { templates, errors: [...read.errors, ...mapper.errors], warnings: [...read.warnings, ...mapper.warnings] };
}

const exportXml = (templates: readonly Template[], items = 5) => writeMoodleXml(templatesToMoodle(templates, { items }), ["A test export."]);

describe("templatesToMoodle and writeMoodleXml", () => {
  const imported = importXml(fixture("question-bank.xml")).templates;

  it("round-trips what Moodle XML carries: every kind, formula answers, datasets, units, tags", () => {
    const again = importXml(exportXml(imported, 10));
    expect(again.errors).toEqual([]);
    expect(again.warnings).toEqual([]);
    // The imported source and explanation wording are the import's own; everything else comes back.
    const strip = (t: Template) => ({ ...t, source: undefined });
    expect(again.templates.map(strip)).toEqual(imported.map(strip));
  });

  it("writes a calculated question with its datasets paired by item number, in Moodle's structure", () => {
    const lora = imported.find((t) => t.title === "LoRA parameters of one matrix")!;
    const xml = exportXml([lora]);
    expect(xml).toContain('<question type="category">');
    expect(xml).toContain("<text>$course$/top/peft</text>");
    expect(xml).toContain('<question type="calculated">');
    expect(xml).toMatch(/<answer fraction="100">\s*<text>2\*\{d\}\*\{r\}<\/text>\s*<tolerance>0.01<\/tolerance>\s*<tolerancetype>1<\/tolerancetype>\s*<correctanswerformat>2<\/correctanswerformat>\s*<correctanswerlength>4<\/correctanswerlength>/);
    expect(xml).toMatch(/<dataset_item>\s*<number>2<\/number>\s*<value>4096<\/value>\s*<\/dataset_item>/);
    expect(xml).toMatch(/<dataset_item>\s*<number>2<\/number>\s*<value>16<\/value>\s*<\/dataset_item>/);
  });

  it("writes a template computed by a library function as a calculated question whose answer is a dataset of its draws", () => {
    const computed = BUILT_IN_TEMPLATES.filter((t) => t.kind === "numeric" && t.answer.fn !== "const.value" && t.parameters.length > 0 && t.parameters.every((p) => p.kind !== "preset")).slice(0, 5);
    expect(computed.length).toBeGreaterThan(0);
    const again = importXml(exportXml(computed, 4));
    expect(again.errors).toEqual([]);
    again.templates.forEach((t, i) => {
      const original = computed[i]!;
      expect(t).toMatchObject({ kind: "numeric", answer: { fn: "formula", formula: expect.stringMatching(/^\{answer(_\d+)?\}$/) }, display: { unit: original.kind === "numeric" ? original.display.unit : "" } });
      // The import's draws are the original's first draws, each with its answer.
      const size = compileTemplate(t).space.size;
      const shown = (tmpl: Template, seed: number) => {
        const v = generateVariant(tmpl, seed);
        const params = Object.fromEntries(original.parameters.map((p) => [p.name, v.params[p.name]]));
        return JSON.stringify([params, v.solution.expectedText]);
      };
      const before = new Set(Array.from({ length: size }, (_, seed) => shown(original, seed)));
      const after = new Set(Array.from({ length: size }, (_, seed) => shown(t, seed)));
      expect(after).toEqual(before);
    });
  });

  it("writes every built-in template as XML the import reads back without an error", () => {
    // Moodle reads a calculated question's datasets unguarded: each has at least one, each with items.
    const calculated = templatesToMoodle(BUILT_IN_TEMPLATES, { items: 2 }).filter((q) => q.kind === "calculated");
    expect(calculated.length).toBeGreaterThan(0);
    for (const q of calculated) {
      expect(q.datasets.length).toBeGreaterThan(0);
      expect(q.datasets.every((d) => d.items.length > 0)).toBe(true);
    }
    const { templates, errors } = importXml(exportXml(BUILT_IN_TEMPLATES, 2));
    expect(errors).toEqual([]);
    expect(templates.length).toBeGreaterThanOrEqual(BUILT_IN_TEMPLATES.length);
  });

  it("writes a list longer than a Moodle dataset holds as its first draws, keeping the formula, and names the template", () => {
    const list = (count: number) =>
      templateSchema.parse({
        key: `list-${count}`,
        topic: TOPICS[0]!.slug,
        title: `A list of ${count}`,
        prompt: "What is {a} doubled, as a whole number?",
        explanation: "Twice the value.",
        source: { title: "Test" },
        difficulty: "medium",
        kind: "numeric",
        parameters: [{ kind: "choice", name: "a", values: Array.from({ length: count }, (_, i) => i + 1) }],
        answer: { fn: "formula", formula: "{a} * 2", inputs: {} },
        display: { unit: "", digits: 3 },
        tolerance: { relative: 0.01 },
      });
    const [whole, long] = [list(100), list(150)];
    const again = importXml(exportXml([whole, long], 20));
    expect(again.errors).toEqual([]);
    const [wholeBack, longBack] = again.templates.map((t) => (t.parameters[0] as { values: number[] }).values);
    expect(wholeBack).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
    expect(longBack).toHaveLength(20);
    expect(longBack!.every((v) => Number.isInteger(v) && v >= 1 && v <= 150)).toBe(true);
    expect(again.templates[1]).toMatchObject({ answer: { fn: "formula", formula: "{a} * 2" } });
    expect(templatesWithLongLists([whole, long])).toEqual([long]);
  });

  it("keeps CDATA terminators and markup in texts", () => {
    const tricky = { ...imported.find((t) => t.kind === "true_false")!, prompt: "Is ]]> <b>& a terminator?" };
    expect(importXml(exportXml([tricky])).templates[0]!.prompt).toBe("Is ]]> <b>& a terminator?");
  });
});
