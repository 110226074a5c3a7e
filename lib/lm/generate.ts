import { mulberry32 } from "@/lib/random/seeded-random";
import type { LmConfig } from "./config";
import { makeDecoder } from "./decoder";
import type { Floats, LmParams } from "./params";

export type SamplingSettings = {
  /** Logits are divided by it; 0 picks the most likely token (ties: the lowest id). */
  temperature: number;
  /** Only the k most likely tokens can be drawn; null = all. */
  topK: number | null;
  seed: number;
};

/** Draws one id from a row of logits; `random` is one uniform draw in [0, 1). */
export function sampleToken(logits: ArrayLike<number>, settings: Omit<SamplingSettings, "seed">, random: number): number {
  const n = logits.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => logits[b]! - logits[a]! || a - b);
  if (settings.temperature <= 0) return order[0]!;
  const keep = order.slice(0, settings.topK === null ? n : Math.max(1, Math.min(n, settings.topK)));
  const max = logits[keep[0]!]!;
  const weights = keep.map((i) => Math.exp((logits[i]! - max) / settings.temperature));
  let r = random * weights.reduce((a, b) => a + b, 0);
  for (let k = 0; k < keep.length; k++) {
    r -= weights[k]!;
    if (r < 0) return keep[k]!;
  }
  return keep[keep.length - 1]!;
}

/**
 * Continues `prompt` by `count` tokens through the key/value-cache decoder. Once the context is
 * full, the model reruns on the last `context` tokens for each new one, as a model with absolute
 * positions must. The same seed and settings give the same text.
 */
export function generate(params: LmParams, config: LmConfig, prompt: readonly number[], count: number, settings: SamplingSettings): number[] {
  if (prompt.length === 0) throw new Error("generation needs a prompt of at least one token");
  const random = mulberry32(settings.seed);
  const out = [...prompt];
  const C = config.context;
  let decoder = makeDecoder(params, config);
  let logits!: Floats;
  for (const t of prompt.slice(-C)) logits = decoder.step(t);
  for (let s = 0; s < count; s++) {
    if (s > 0) {
      if (decoder.position < C) logits = decoder.step(out.at(-1)!);
      else {
        decoder = makeDecoder(params, config);
        for (const t of out.slice(-C)) logits = decoder.step(t);
      }
    }
    out.push(sampleToken(logits, settings, random()));
  }
  return out.slice(prompt.length);
}
