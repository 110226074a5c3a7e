import { describe, expect, it } from "vitest";
import { validateTemplate } from "@/lib/questions/validate-template";
import { RLHF_TEMPLATES } from "./rlhf";

const ofKind = (kind: string) => RLHF_TEMPLATES.filter((t) => t.kind === kind);

describe("RLHF templates", () => {
  it("has at least 13 templates, all in the rlhf topic, with unique rlhf- keys", () => {
    expect(RLHF_TEMPLATES.length).toBeGreaterThanOrEqual(13);
    expect(new Set(RLHF_TEMPLATES.map((t) => t.key)).size).toBe(RLHF_TEMPLATES.length);
    for (const t of RLHF_TEMPLATES) {
      expect(t.topic, t.key).toBe("rlhf");
      expect(t.key, t.key).toMatch(/^rlhf-/);
    }
  });

  it("spreads over kinds and difficulties", () => {
    expect(ofKind("numeric").length).toBeGreaterThanOrEqual(5);
    const mc = ofKind("multiple_choice");
    expect(mc.length).toBeGreaterThanOrEqual(3);
    const computed = mc.filter((t) => "answer" in t && t.answer && "distractors" in t && (t.distractors?.length ?? 0) >= 3);
    expect(computed.length).toBeGreaterThanOrEqual(2);
    expect(ofKind("true_false").length).toBeGreaterThanOrEqual(2);
    expect(ofKind("true_false").some((t) => "correct" in t && t.correct === false)).toBe(true);
    expect(ofKind("ordering").length).toBeGreaterThanOrEqual(1);
    expect(ofKind("short_text").length).toBeGreaterThanOrEqual(1);
    expect(new Set(RLHF_TEMPLATES.map((t) => t.difficulty))).toEqual(new Set(["easy", "medium", "hard"]));
  });

  it("computed multiple-choice distractors name distinct misconceptions", () => {
    for (const t of ofKind("multiple_choice")) {
      if (!("distractors" in t) || !t.distractors) continue;
      const ids = t.distractors.map((d) => d.misconception);
      expect(new Set(ids).size, t.key).toBe(ids.length);
    }
  });

  it.each(RLHF_TEMPLATES.map((t) => [t.key, t] as const))("%s passes validation on 1,000 sampled variants", (_key, template) => {
    const r = validateTemplate(template, { samples: 1000 });
    expect(r.ok ? "ok" : r.errors.join("\n")).toBe("ok");
  });
});
