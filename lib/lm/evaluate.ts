import type { LmConfig } from "./config";
import { sequenceLosses } from "./loss";
import type { LmParams } from "./params";

export type Evaluation = { meanLoss: number; perplexity: number; predictions: number };

/**
 * Mean cross-entropy over `tokens` and its exponential, perplexity. Convention: the text is cut
 * into non-overlapping windows of `context` inputs (the last may be shorter); each window starts
 * with an empty context and predicts the token after every one of its inputs, so every token but
 * the first is predicted exactly once, and early positions of a window see little context.
 */
export function evaluate(params: LmParams, config: LmConfig, tokens: readonly number[]): Evaluation {
  const C = config.context;
  let sum = 0;
  let predictions = 0;
  for (let start = 0; start + 1 < tokens.length; start += C) {
    const end = Math.min(start + C, tokens.length - 1);
    const losses = sequenceLosses(params, config, tokens.slice(start, end), tokens.slice(start + 1, end + 1));
    for (const l of losses) sum += l;
    predictions += losses.length;
  }
  if (predictions === 0) throw new Error("evaluation needs at least two tokens");
  const meanLoss = sum / predictions;
  return { meanLoss, perplexity: Math.exp(meanLoss), predictions };
}
