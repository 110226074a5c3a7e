import { describe, expect, it } from "vitest";
import { cardCount, cardNoteSchema, cardNotesSchema } from "./card-schema";

const SOURCE = { title: "LoRA, arXiv 2106.09685", url: "https://arxiv.org/abs/2106.09685" };
const basic = { key: "a-card", topic: "peft", kind: "basic", front: "Q?", back: "A.", tags: [], source: SOURCE } as const;

function messages(input: unknown): string[] {
  const result = cardNoteSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
}

describe("cardNoteSchema", () => {
  it("accepts one note of each kind", () => {
    expect(messages(basic)).toEqual([]);
    expect(messages({ ...basic, kind: "cloze", front: undefined, back: undefined, text: "{{c1::x}} and {{c2::y}}" })).toEqual([]);
    expect(messages({ ...basic, kind: "computed", front: undefined, back: undefined, templateKey: "peft-lora-matrix-params" })).toEqual([]);
  });

  it("requires each kind's fields and rejects the others", () => {
    expect(messages({ ...basic, back: undefined })).toEqual(["back: A basic card needs `back`."]);
    expect(messages({ ...basic, text: "{{c1::x}}" })).toEqual(["text: A basic card does not use `text`; remove it."]);
    expect(messages({ ...basic, kind: "computed", front: undefined, back: undefined })).toEqual(["templateKey: A computed card needs `templateKey`."]);
    expect(messages({ ...basic, kind: "cloze", back: undefined, text: "{{c1::x}}" })).toEqual(["front: A cloze card does not use `front`; remove it."]);
  });

  it("reports malformed or missing cloze deletions on `text`", () => {
    const cloze = { ...basic, kind: "cloze", front: undefined, back: undefined };
    expect(messages({ ...cloze, text: "no deletion" })).toEqual(["text: A cloze card needs at least one {{c1::…}} deletion."]);
    expect(messages({ ...cloze, text: "{{c0::x}}" })[0]).toMatch(/^text: .*start at c1/);
  });

  it("rejects bad keys, topics and tags", () => {
    expect(messages({ ...basic, key: "Not Kebab" })).toHaveLength(1);
    expect(messages({ ...basic, topic: "transformers" })).toHaveLength(1);
    expect(messages({ ...basic, tags: ["Bad Tag"] })).toHaveLength(1);
  });

  it("counts one card per distinct cloze number", () => {
    expect(cardCount(cardNoteSchema.parse(basic))).toBe(1);
    const cloze = cardNoteSchema.parse({ ...basic, kind: "cloze", front: undefined, back: undefined, text: "{{c1::a}} {{c2::b}} {{c1::c}}" });
    expect(cardCount(cloze)).toBe(2);
  });
});

describe("cardNotesSchema", () => {
  it("rejects duplicate keys", () => {
    const result = cardNotesSchema.safeParse([basic, basic]);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('The card key "a-card" is used twice.');
  });
});
