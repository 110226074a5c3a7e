import type { LmConfig } from "./config";
import type { TrainSettings } from "./train-step";
import type { Vocabulary } from "./tokenizer";

/** Everything needed to rebuild, check and describe a checkpoint; stored as JSON beside its weights. */
export type LmManifest = {
  format: "quizformer-lm/1";
  /** The checkpoint's name: its files are <name>.bin and <name>.json. */
  name: string;
  description: string;
  /** The checkpoint a fine-tune started from, with the SHA-256 of its weight file; null = trained from scratch. */
  from: { name: string; weightsSha256: string } | null;
  config: LmConfig;
  /** Index = token id; index 0 is the unknown character (written as ""). */
  vocabulary: string[];
  parameterCount: number;
  corpus: { file: string; sha256: string; heldOut: string; trainTokens: number; heldOutTokens: number };
  training: TrainSettings & { optimizer: string; schedule: string; tokensPerStep: number };
  /** Mean training loss (nats per token) of every step, in order. */
  losses: number[];
  /** How many of `losses` the reproduction test replays. */
  recordedFirst: number;
  heldOut: { meanLoss: number; perplexity: number; predictions: number; convention: string };
  weights: { file: string; format: string; bytes: number };
  /** The date the script was given (YYYY-MM-DD), not read from a clock in lib/. */
  date: string;
};

export function vocabularyOf(manifest: LmManifest): Vocabulary {
  return { chars: manifest.vocabulary };
}
