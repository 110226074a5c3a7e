export type QuantModelSettings = {
  /** Held-out characters each perplexity is measured on. */
  heldOutChars: number;
  /** The text the samples continue (1–60 characters). */
  prompt: string;
};

export const HELD_OUT_CHOICES = [512, 1024, 2048] as const;

export const DEFAULT_QUANT_MODEL_SETTINGS: QuantModelSettings = { heldOutChars: 2048, prompt: "Quantization to INT4 " };

export function validateQuantModelSettings(input: QuantModelSettings): QuantModelSettings {
  if (!(HELD_OUT_CHOICES as readonly number[]).includes(input.heldOutChars)) throw new Error(`Measure perplexity on ${HELD_OUT_CHOICES.join(", ")} held-out characters, not ${String(input.heldOutChars)}.`);
  const length = typeof input.prompt === "string" ? Array.from(input.prompt).length : 0;
  if (length < 1 || length > 60) throw new Error(`The sample's opening must have 1 to 60 characters; it has ${length}.`);
  return { heldOutChars: input.heldOutChars, prompt: input.prompt };
}
