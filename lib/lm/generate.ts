import { mulberry32 } from "@/lib/random/seeded-random";
import type { LmConfig } from "./config";
import { forward } from "./model";
import type { LmParams } from "./params";

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
 * Continues `prompt` by `count` tokens. Each step reruns the model on the last `context` tokens
 * (no key/value cache: simple, and fast enough for the labs' short samples). The same seed and
 * settings give the same text.
 */
export function generate(params: LmParams, config: LmConfig, prompt: readonly number[], count: number, settings: SamplingSettings): number[] {
  if (prompt.length === 0) throw new Error("generation needs a prompt of at least one token");
  const random = mulberry32(settings.seed);
  const out = [...prompt];
  const V = config.vocabSize;
  for (let s = 0; s < count; s++) {
    const window = out.slice(Math.max(0, out.length - config.context));
    const { logits } = forward(params, config, window);
    const last = logits.subarray((window.length - 1) * V, window.length * V);
    out.push(sampleToken(last, settings, random()));
  }
  return out.slice(prompt.length);
}
