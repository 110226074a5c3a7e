import { describe, expect, it } from "vitest";
import { validateTemplate } from "@/lib/questions/validate-template";
import { SLIDING_WINDOW_TEMPLATES } from "./sliding-window-attention";

const templates = SLIDING_WINDOW_TEMPLATES;
const count = (kind: string) => templates.filter((t) => t.kind === kind).length;

describe("sliding-window-attention templates", () => {
  it("has at least 13 templates with unique, prefixed keys on this topic", () => {
    expect(templates.length).toBeGreaterThanOrEqual(13);
    expect(new Set(templates.map((t) => t.key)).size).toBe(templates.length);
    for (const t of templates) {
      expect(t.key, t.key).toMatch(/^swa-/);
      expect(t.topic, t.key).toBe("sliding-window-attention");
    }
  });

  it("spreads over kinds and difficulties", () => {
    expect(count("numeric")).toBeGreaterThanOrEqual(5);
    expect(count("multiple_choice")).toBeGreaterThanOrEqual(3);
    const computed = templates.filter((t) => t.kind === "multiple_choice" && t.answer && (t.distractors?.length ?? 0) >= 3);
    expect(computed.length).toBeGreaterThanOrEqual(2);
    expect(count("true_false")).toBeGreaterThanOrEqual(2);
    expect(templates.some((t) => t.kind === "true_false" && !t.correct)).toBe(true);
    expect(count("ordering")).toBeGreaterThanOrEqual(1);
    expect(count("short_text")).toBeGreaterThanOrEqual(1);
    for (const d of ["easy", "medium", "hard"]) expect(templates.some((t) => t.difficulty === d), d).toBe(true);
  });

  it("every template passes validation on 1,000 samples", () => {
    for (const t of templates) {
      const r = validateTemplate(t, { samples: 1000 });
      expect(r.ok ? "ok" : r.errors.join("\n"), t.key).toBe("ok");
    }
  });
});
