import { describe, expect, it } from "vitest";
import { buildVocabulary, makeTokenizer, UNKNOWN_ID, vocabularySize } from "./tokenizer";

describe("character tokenizer", () => {
  const text = "RoPE: $m\\theta_i$ — θ and 𝑥.\nNext line";
  const vocab = buildVocabulary(text);
  const tokenizer = makeTokenizer(vocab);

  it("round-trips every character of its own text, astral code points included", () => {
    const ids = tokenizer.encode(text);
    expect(ids).toHaveLength(Array.from(text).length);
    expect(ids).not.toContain(UNKNOWN_ID);
    expect(tokenizer.decode(ids)).toBe(text);
  });

  it("orders the vocabulary by code point after the unknown id, so it doesn't depend on the text's order", () => {
    expect(vocab.chars[UNKNOWN_ID]).toBe("");
    expect(buildVocabulary([...text].reverse().join("")).chars).toEqual(vocab.chars);
    expect(vocabularySize(vocab)).toBe(new Set(Array.from(text)).size + 1);
  });

  it("maps a character outside the vocabulary to the unknown id, which decodes to U+FFFD", () => {
    const ids = tokenizer.encode("θ€");
    expect(ids[1]).toBe(UNKNOWN_ID);
    expect(tokenizer.decode(ids)).toBe("θ\uFFFD");
  });
});
