/** The built-in sentence: 16 words, with repeats so that some tokens share an embedding. */
export const DEFAULT_TEXT = "the cat sat on the mat because the mat was warm and the cat was tired";

export const MIN_TOKENS = 2;
export const MAX_TOKENS = 32;

/**
 * Word-level tokens: lower-cased words and punctuation marks. Real models use
 * sub-word tokenisers; whole words keep the heatmap's labels readable.
 */
export function tokenise(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}']+|[^\s\p{L}\p{N}]/gu) ?? [];
}
