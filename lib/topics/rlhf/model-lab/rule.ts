/**
 * The stated preference rule the pairs are made by: the share of a continuation's characters that
 * are letters or spaces. It stands in for a rater who dislikes stray symbols and digits. It can be
 * gamed: a run of spaces scores 1. So the lab also tracks what the rater actually wanted, the share
 * of the continuation's words (runs of two or more letters) that are words of the course's
 * training text, which the rule never sees.
 */
export function ruleScore(text: string): number {
  const chars = Array.from(text);
  if (chars.length === 0) return 0;
  return chars.filter((c) => /[A-Za-z ]/.test(c)).length / chars.length;
}

export function courseWords(trainingText: string): Set<string> {
  return new Set(trainingText.toLowerCase().match(/[a-z]{2,}/g) ?? []);
}

/** Share of real course words among the continuation's words; 0 when it has none. */
export function wordScore(text: string, words: ReadonlySet<string>): number {
  const found = text.toLowerCase().match(/[a-z]{2,}/g) ?? [];
  if (found.length === 0) return 0;
  return found.filter((w) => words.has(w)).length / found.length;
}

/** The openings every sample continues; the last two are held out from the reward model's training pairs. */
export const PROMPTS = ["The ", "A model ", "Each ", "With ", "For a ", "When the ", "In ", "This "] as const;
export const HELD_OUT_PROMPTS = 2;
