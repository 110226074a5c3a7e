import { describe, expect, it } from "vitest";
import { cardNoteSchema } from "@/lib/cards/card-schema";
import { clozePreview, draftToInput, emptyDraft, locate, nextClozeNumber, noteToDraft, suggestKey } from "./card-draft";

describe("card drafts", () => {
  it("round-trip a note and send only the fields of the chosen kind", () => {
    const note = cardNoteSchema.parse({
      key: "rope-x",
      topic: "rope",
      kind: "cloze",
      text: "{{c1::Keys}} rotate.",
      tags: ["a", "b-c"],
      source: { title: "RoFormer", url: "https://arxiv.org/abs/2104.09864" },
    });
    const draft = { ...noteToDraft(note), front: "left over from basic" };
    expect(cardNoteSchema.parse(draftToInput(draft))).toEqual(note);
    expect(draftToInput({ ...draft, tags: " a,  b-c  d ", sourceUrl: " " })).toMatchObject({ tags: ["a", "b-c", "d"], source: { title: "RoFormer" } });
    expect(draftToInput({ ...emptyDraft("rope"), kind: "computed" })).not.toHaveProperty("templateKey");
  });

  it("suggest a key from the topic and the card's first words", () => {
    const draft = { ...emptyDraft("rope"), text: "RoPE rotates the {{c1::queries and keys::which?}} by $m\\theta_i$ in every layer" };
    expect(suggestKey(draft)).toBe("rope-rotates-queries-keys-every");
    expect(suggestKey({ ...draft, kind: "computed", templateKey: "rope-theta" })).toBe("rope-theta-computed");
    expect(suggestKey(emptyDraft("rope"))).toBe("");
  });

  it("preview each cloze card, or locate the broken deletion", () => {
    expect(clozePreview("A {{c1::b}} {{c2::c::hint}}")).toEqual({
      ok: true,
      cards: [
        { number: 1, front: "A […] c", back: "A **b** c" },
        { number: 2, front: "A b [hint]", back: "A b **c**" },
      ],
    });
    const broken = clozePreview("first line\nsecond {{c1::open");
    expect(broken).toMatchObject({ ok: false, problem: { message: 'The deletion opened at line 2, column 8 is never closed; add "}}" after its answer.', index: 18, line: 2, column: 8, excerpt: { before: "second ", at: "{{", after: "c1::open" } } });
    expect(locate("x".repeat(80), 50).excerpt.before).toMatch(/^…x{30}$/);
    expect(nextClozeNumber("{{c1::a}} {{c3::b}}")).toBe(4);
    expect(nextClozeNumber("{{c1::a")).toBe(1);
  });
});
