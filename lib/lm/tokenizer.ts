/** Id 0 stands for any character the vocabulary lacks, so unseen text still encodes. */
export const UNKNOWN_ID = 0;

/**
 * A character-level vocabulary: index 0 is the unknown character, then every distinct code
 * point of the text in code-point order, so the same text always gives the same ids.
 */
export type Vocabulary = { chars: readonly string[] };

export function buildVocabulary(text: string): Vocabulary {
  const distinct = [...new Set(Array.from(text))];
  distinct.sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!);
  return { chars: ["", ...distinct] };
}

export function vocabularySize(vocab: Vocabulary): number {
  return vocab.chars.length;
}

export function makeTokenizer(vocab: Vocabulary) {
  const ids = new Map<string, number>();
  vocab.chars.forEach((c, i) => {
    if (i !== UNKNOWN_ID) ids.set(c, i);
  });
  return {
    /** Code points, not UTF-16 units, so "θ" and "𝑥" are one token each. */
    encode(text: string): number[] {
      return Array.from(text, (c) => ids.get(c) ?? UNKNOWN_ID);
    },
    /** The unknown id decodes to U+FFFD, the replacement character. */
    decode(tokens: readonly number[]): string {
      return tokens.map((t) => (t === UNKNOWN_ID ? "\uFFFD" : (vocab.chars[t] ?? "\uFFFD"))).join("");
    },
  };
}
export type Tokenizer = ReturnType<typeof makeTokenizer>;
