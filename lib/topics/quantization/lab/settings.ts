import type { Activation } from "./mlp";
import type { OptimizerKind } from "./optimizer";
import type { QuantScheme } from "./quantize";

// Kept apart from the run function so the page can import the defaults without bundling the model code.

export type QuantizationSettings = {
  seed: number;
  hidden: number;
  activation: Activation;
  optimizer: OptimizerKind;
  learningRate: number;
  epochs: number;
  /** The scheme shown in detail (histograms, error map); the table always compares all six. */
  bits: 8 | 4;
  scheme: QuantScheme;
  groupSize: 16 | 32 | 64 | 128;
};

export const DEFAULT_QUANTIZATION_SETTINGS: QuantizationSettings = {
  seed: 7,
  hidden: 32,
  activation: "tanh",
  optimizer: "adam",
  learningRate: 0.01,
  epochs: 300,
  bits: 4,
  scheme: "absmax",
  groupSize: 32,
};

/** The FP32 model should reach this on the held-out points with the default settings (a unit test checks it). */
export const TARGET_TEST_ACCURACY = 0.9;

export function validateSettings(s: QuantizationSettings): QuantizationSettings {
  const fail = (msg: string) => {
    throw new Error(`Quantization lab: ${msg}`);
  };
  if (!Number.isInteger(s.seed)) fail(`the seed must be a whole number, got ${s.seed}.`);
  if (!Number.isInteger(s.hidden) || s.hidden < 4 || s.hidden > 64) fail(`the hidden width must be a whole number from 4 to 64, got ${s.hidden}.`);
  if (s.activation !== "tanh" && s.activation !== "relu") fail(`the activation must be "tanh" or "relu", got "${String(s.activation)}".`);
  if (s.optimizer !== "adam" && s.optimizer !== "sgd") fail(`the optimizer must be "adam" or "sgd", got "${String(s.optimizer)}".`);
  if (!(s.learningRate > 0 && s.learningRate <= 1)) fail(`the learning rate must be in (0, 1], got ${s.learningRate}.`);
  if (!Number.isInteger(s.epochs) || s.epochs < 1 || s.epochs > 600) fail(`the number of epochs must be a whole number from 1 to 600, got ${s.epochs}.`);
  if (s.bits !== 8 && s.bits !== 4) fail(`bits must be 8 or 4, got ${s.bits}.`);
  if (!["absmax", "zeropoint", "groupwise"].includes(s.scheme)) fail(`the scheme must be absmax, zeropoint or groupwise, got "${String(s.scheme)}".`);
  if (![16, 32, 64, 128].includes(s.groupSize)) fail(`the group size must be 16, 32, 64 or 128, got ${s.groupSize}.`);
  return s;
}

