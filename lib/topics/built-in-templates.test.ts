import { describe, expect, it } from "vitest";
import { TOPICS } from "@/lib/topics/topic-list";
import { validateTemplate } from "@/lib/questions/validate-template";
import { BUILT_IN_TEMPLATE_INPUTS } from "./built-in-templates";

describe("the built-in question bank", () => {
  it("has at least 12 templates per topic, 60+ in all, with unique keys", () => {
    expect(BUILT_IN_TEMPLATE_INPUTS.length).toBeGreaterThanOrEqual(60);
    expect(new Set(BUILT_IN_TEMPLATE_INPUTS.map((t) => t.key)).size).toBe(BUILT_IN_TEMPLATE_INPUTS.length);
    for (const topic of TOPICS) {
      expect(BUILT_IN_TEMPLATE_INPUTS.filter((t) => t.topic === topic.slug).length, topic.slug).toBeGreaterThanOrEqual(12);
    }
  });

  it("covers every kind and difficulty in every topic", () => {
    for (const topic of TOPICS) {
      const mine = BUILT_IN_TEMPLATE_INPUTS.filter((t) => t.topic === topic.slug);
      expect(new Set(mine.map((t) => t.kind)), topic.slug).toEqual(new Set(["numeric", "multiple_choice", "true_false", "ordering", "short_text"]));
      expect(new Set(mine.map((t) => t.difficulty)), topic.slug).toEqual(new Set(["easy", "medium", "hard"]));
    }
  });

  it.each(BUILT_IN_TEMPLATE_INPUTS.map((t) => [t.key, t] as const))("%s passes validation on 1,000 sampled variants", (_key, template) => {
    const r = validateTemplate(template, { samples: 1000 });
    expect(r.ok ? "ok" : r.errors.join("\n")).toBe("ok");
  });
});
