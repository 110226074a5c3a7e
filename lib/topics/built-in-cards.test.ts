import { describe, expect, it } from "vitest";
import { cardCount, cardNoteSchema, cardNotesSchema, type CardNote } from "@/lib/cards/card-schema";
import { clozeNumbers, renderClozeBack, renderClozeFront } from "@/lib/cards/cloze";
import { BUILT_IN_TEMPLATE_INPUTS } from "@/lib/topics/built-in-templates";
import { TOPIC_SLUGS } from "@/lib/topics/topic-list";
import { BUILT_IN_CARD_INPUTS } from "./built-in-cards";

const notes: CardNote[] = cardNotesSchema.parse(BUILT_IN_CARD_INPUTS);

/** Templates whose answer is computed, so each review can show a fresh variant. */
function isComputedTemplate(t: (typeof BUILT_IN_TEMPLATE_INPUTS)[number]): boolean {
  return (t.kind === "numeric" || t.kind === "multiple_choice") && "answer" in t && t.answer !== undefined;
}

describe("built-in cards", () => {
  it.each(BUILT_IN_CARD_INPUTS.map((n) => [n.key, n] as const))("%s parses with the card schema", (_key, note) => {
    const result = cardNoteSchema.safeParse(note);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it("has unique keys", () => {
    const keys = notes.map((n) => n.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it.each(TOPIC_SLUGS.map((t) => [t]))("has at least 50 cards, of every kind, for %s", (topic) => {
    const ofTopic = notes.filter((n) => n.topic === topic);
    expect(ofTopic.reduce((sum, n) => sum + cardCount(n), 0)).toBeGreaterThanOrEqual(50);
    for (const kind of ["basic", "cloze"] as const) expect(ofTopic.some((n) => n.kind === kind)).toBe(true);
    expect(ofTopic.filter((n) => n.kind === "computed").length).toBeGreaterThanOrEqual(3);
  });

  it.each(notes.filter((n) => n.kind === "computed").map((n) => [n.key, n] as const))(
    "%s is bound to a computed template of its topic",
    (_key, note) => {
      const template = BUILT_IN_TEMPLATE_INPUTS.find((t) => t.key === note.templateKey);
      expect(template, `no built-in template "${note.templateKey}"`).toBeDefined();
      expect(template?.topic).toBe(note.topic);
      expect(template && isComputedTemplate(template)).toBe(true);
    },
  );

  it("binds each template to at most one card", () => {
    const bound = notes.flatMap((n) => (n.templateKey === undefined ? [] : [n.templateKey]));
    expect(new Set(bound).size).toBe(bound.length);
  });

  it.each(notes.filter((n) => n.kind === "cloze").map((n) => [n.key, n.text ?? ""] as const))(
    "%s parses and renders every cloze card",
    (_key, text) => {
      const numbers = clozeNumbers(text);
      expect(numbers.length).toBeGreaterThan(0);
      for (const n of numbers) {
        const front = renderClozeFront(text, n);
        expect(front).toMatch(/\[[^\]]+\]/);
        expect(front).not.toContain("{{");
        expect(renderClozeBack(text, n)).toContain("**");
      }
    },
  );

  it("has every note cite a source", () => {
    for (const n of notes) expect(n.source.title.length).toBeGreaterThan(2);
  });
});
