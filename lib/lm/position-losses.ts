import type { LmConfig } from "./config";
import { sequenceLosses } from "./loss";
import type { LmParams } from "./params";

export type PositionLosses = {
  /** Mean loss (nats) of the prediction made at each position 0 … length − 1, over every window. */
  byPosition: number[];
  /** exp(mean loss) over every prediction of every window. */
  perplexity: number;
  windows: number;
  predictions: number;
};

/**
 * Runs the model on consecutive windows of `length` inputs cut from `tokens` (full windows only,
 * so every position is averaged over the same number of windows) and averages the loss at each
 * position. `config.context` is raised to `length`: what happens past the training length is the
 * point. Learned absolute positions have no row past their context, so they can't be run there.
 */
export function positionLosses(params: LmParams, config: LmConfig, tokens: readonly number[], length: number): PositionLosses {
  if (config.position === "learned" && length > config.context) throw new Error(`learned positions stop at ${config.context}: there is no embedding for position ${config.context}`);
  const windows = Math.floor((tokens.length - 1) / length);
  if (windows < 1) throw new Error(`${tokens.length} tokens hold no window of ${length} inputs and their targets`);
  const run: LmConfig = { ...config, context: Math.max(config.context, length) };
  const sums = new Float64Array(length);
  for (let w = 0; w < windows; w++) {
    const start = w * length;
    const losses = sequenceLosses(params, run, tokens.slice(start, start + length), tokens.slice(start + 1, start + length + 1));
    for (let t = 0; t < length; t++) sums[t]! += losses[t]!;
  }
  const byPosition = Array.from(sums, (s) => s / windows);
  const mean = byPosition.reduce((a, b) => a + b, 0) / length;
  return { byPosition, perplexity: Math.exp(mean), windows, predictions: windows * length };
}
