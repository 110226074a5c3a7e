import { describe, expect, it } from "vitest";
import { validateTemplate } from "@/lib/questions/validate-template";
import { PEFT_TEMPLATES } from "./peft";

const count = (pred: (t: (typeof PEFT_TEMPLATES)[number]) => boolean) => PEFT_TEMPLATES.filter(pred).length;

describe("peft templates", () => {
  it("has at least 13 templates with unique, prefixed keys in the peft topic", () => {
    expect(PEFT_TEMPLATES.length).toBeGreaterThanOrEqual(13);
    expect(new Set(PEFT_TEMPLATES.map((t) => t.key)).size).toBe(PEFT_TEMPLATES.length);
    for (const t of PEFT_TEMPLATES) {
      expect(t.key.startsWith("peft-"), t.key).toBe(true);
      expect(t.topic, t.key).toBe("peft");
    }
  });

  it("spreads over kinds and difficulties", () => {
    expect(count((t) => t.kind === "numeric")).toBeGreaterThanOrEqual(5);
    expect(count((t) => t.kind === "multiple_choice")).toBeGreaterThanOrEqual(3);
    const computed = PEFT_TEMPLATES.filter((t) => t.kind === "multiple_choice" && t.answer && (t.distractors?.length ?? 0) >= 3);
    expect(computed.length).toBeGreaterThanOrEqual(2);
    expect(count((t) => t.kind === "true_false")).toBeGreaterThanOrEqual(2);
    expect(count((t) => t.kind === "true_false" && !t.correct)).toBeGreaterThanOrEqual(1);
    expect(count((t) => t.kind === "ordering")).toBeGreaterThanOrEqual(1);
    expect(count((t) => t.kind === "short_text")).toBeGreaterThanOrEqual(1);
    expect(new Set(PEFT_TEMPLATES.map((t) => t.difficulty))).toEqual(new Set(["easy", "medium", "hard"]));
  });

  it.each(PEFT_TEMPLATES.map((t) => [t.key, t] as const))("%s passes validation on 1,000 sampled variants", (_key, template) => {
    const r = validateTemplate(template, { samples: 1000 });
    expect(r.ok ? "ok" : r.errors.join("\n")).toBe("ok");
  });
});
