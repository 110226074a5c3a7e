export type RopeModelSettings = {
  /** Held-out characters each perplexity is measured on (the start of the held-out text). */
  heldOutChars: number;
  /** The offset m − n at which the relative-position check compares query and key. */
  offset: number;
  /** The two characters whose query (first) and key (second) the check scores. */
  pair: string;
};

export const HELD_OUT_CHOICES = [2048, 4096] as const;

export const DEFAULT_ROPE_MODEL_SETTINGS: RopeModelSettings = { heldOutChars: 2048, offset: 8, pair: "et" };

/** Training length of every checkpoint, and the lengths the lab runs them at (1×, 2×, 4×). */
export const TRAINED_LENGTH = 128;
export const LENGTHS = [128, 256, 512] as const;

export function validateRopeModelSettings(input: RopeModelSettings): RopeModelSettings {
  if (!(HELD_OUT_CHOICES as readonly number[]).includes(input.heldOutChars)) throw new Error(`Measure perplexity on ${HELD_OUT_CHOICES.join(" or ")} held-out characters, not ${String(input.heldOutChars)}.`);
  if (!Number.isInteger(input.offset) || input.offset < 0 || input.offset > 64) throw new Error(`The offset must be a whole number from 0 to 64, got ${String(input.offset)}.`);
  const pair = typeof input.pair === "string" ? Array.from(input.pair) : [];
  if (pair.length !== 2) throw new Error(`Give exactly two characters (query, then key), got ${pair.length}.`);
  return { heldOutChars: input.heldOutChars, offset: input.offset, pair: pair.join("") };
}
