import { describe, expect, it } from "vitest";
import type { TemplateInput } from "@/lib/questions/template-schema";

/**
 * The shape every topic's built-in bank must have: enough templates, unique keys
 * with the topic's prefix, every kind and difficulty, and, where a bank
 * promises it, computed distractors naming distinct misconceptions. (Validation on 1,000 sampled variants runs once, for
 * the whole bank, in built-in-templates.test.ts.)
 */
export function checkTopicBank(
  templates: readonly TemplateInput[],
  topic: TemplateInput["topic"],
  prefix: string,
  options: { distinctMisconceptions?: boolean } = {},
): void {
  const ofKind = (kind: string) => templates.filter((t) => t.kind === kind);

  describe(`${topic} templates`, () => {
    it("has at least 35 templates with unique, prefixed keys on this topic", () => {
      expect(templates.length).toBeGreaterThanOrEqual(35);
      expect(new Set(templates.map((t) => t.key)).size).toBe(templates.length);
      for (const t of templates) {
        expect(t.key.startsWith(`${prefix}-`), t.key).toBe(true);
        expect(t.topic, t.key).toBe(topic);
      }
    });

    it("spreads over kinds and difficulties", () => {
      expect(ofKind("numeric").length).toBeGreaterThanOrEqual(5);
      const mc = ofKind("multiple_choice");
      expect(mc.length).toBeGreaterThanOrEqual(3);
      const computed = mc.filter((t) => t.kind === "multiple_choice" && t.answer && (t.distractors?.length ?? 0) >= 3);
      expect(computed.length).toBeGreaterThanOrEqual(2);
      expect(ofKind("true_false").length).toBeGreaterThanOrEqual(2);
      expect(templates.some((t) => t.kind === "true_false" && !t.correct)).toBe(true);
      expect(ofKind("ordering").length).toBeGreaterThanOrEqual(1);
      expect(ofKind("short_text").length).toBeGreaterThanOrEqual(1);
      expect(ofKind("matching").length).toBeGreaterThanOrEqual(1);
      expect(ofKind("multiple_answer").length).toBeGreaterThanOrEqual(1);
      expect(templates.some((t) => t.kind === "numeric" && t.unitPenalty !== undefined)).toBe(true);
      expect(new Set(templates.map((t) => t.difficulty))).toEqual(new Set(["easy", "medium", "hard"]));
    });

    if (options.distinctMisconceptions) {
      it("computed multiple-choice distractors name distinct misconceptions", () => {
        for (const t of templates) {
          if (t.kind !== "multiple_choice" || !t.distractors) continue;
          const ids = t.distractors.map((d) => d.misconception);
          expect(new Set(ids).size, t.key).toBe(ids.length);
        }
      });
    }
  });
}
