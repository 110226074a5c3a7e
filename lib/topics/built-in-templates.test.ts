import { describe, expect, it } from "vitest";
import { TOPICS } from "@/lib/topics/topic-list";
import type { TemplateInput } from "@/lib/questions/template-schema";
import { validateTemplate } from "@/lib/questions/validate-template";
import { BUILT_IN_TEMPLATE_INPUTS } from "./built-in-templates";

describe("the built-in question bank", () => {
  it("has at least 35 templates per topic, 175+ in all, with unique keys", () => {
    expect(BUILT_IN_TEMPLATE_INPUTS.length).toBeGreaterThanOrEqual(175);
    expect(new Set(BUILT_IN_TEMPLATE_INPUTS.map((t) => t.key)).size).toBe(BUILT_IN_TEMPLATE_INPUTS.length);
    for (const topic of TOPICS) {
      expect(BUILT_IN_TEMPLATE_INPUTS.filter((t) => t.topic === topic.slug).length, topic.slug).toBeGreaterThanOrEqual(35);
    }
  });

  it("covers every kind and difficulty in every topic", () => {
    for (const topic of TOPICS) {
      const mine = BUILT_IN_TEMPLATE_INPUTS.filter((t) => t.topic === topic.slug);
      expect(new Set(mine.map((t) => t.kind)), topic.slug).toEqual(new Set(["numeric", "multiple_choice", "true_false", "ordering", "short_text", "matching", "multiple_answer"]));
      expect(new Set(mine.map((t) => t.difficulty)), topic.slug).toEqual(new Set(["easy", "medium", "hard"]));
    }
  });

  it("never asks the same thing twice: no two templates share a title, a prompt, or a formula with the same inputs", () => {
    const clash = (what: (t: TemplateInput) => string | null) => {
      const seen = new Map<string, string>();
      const pairs: string[] = [];
      for (const t of BUILT_IN_TEMPLATE_INPUTS) {
        const k = what(t);
        if (k === null) continue;
        const other = seen.get(k);
        if (other) pairs.push(`${other} and ${t.key}`);
        else seen.set(k, t.key);
      }
      return pairs;
    };
    const normalised = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
    expect(clash((t) => normalised(t.title)), "same title").toEqual([]);
    expect(clash((t) => normalised(t.prompt)), "same prompt").toEqual([]);
    // A computed question is its formula and where each input comes from: a parameter (any
    // values) or a constant. Two templates with the same of both ask the same question.
    expect(
      clash((t) => {
        if (!("answer" in t) || !t.answer) return null;
        const inputs = Object.entries(t.answer.inputs)
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([name, b]) => `${name}=${typeof b === "number" ? b : "param"}`);
        return `${t.kind} ${t.answer.fn} ${inputs.join(",")}`;
      }),
      "same formula, same inputs",
    ).toEqual([]);
  });

  it.each(BUILT_IN_TEMPLATE_INPUTS.map((t) => [t.key, t] as const))("%s passes validation on 1,000 sampled variants", (_key, template) => {
    const r = validateTemplate(template, { samples: 1000 });
    expect(r.ok ? "ok" : r.errors.join("\n")).toBe("ok");
  });
});
