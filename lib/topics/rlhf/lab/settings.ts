export type RlhfSettings = {
  /** Labelled comparison pairs used for training (another 200 are held out). */
  pairs: number;
  /** The two KL coefficients PPO is run with, to compare. */
  beta1: number;
  beta2: number;
  /** DPO's β (the strength of its implicit KL constraint). */
  betaDpo: number;
  /** PPO clip range ε. */
  epsilon: number;
  /** PPO iterations (each: sample a batch, then a few clipped updates). DPO makes as many updates in total. */
  steps: number;
  /** Adam learning rate for the policy (PPO and DPO). */
  learningRate: number;
  seed: number;
};

export const DEFAULT_RLHF_SETTINGS: RlhfSettings = {
  pairs: 300,
  beta1: 0.05,
  beta2: 1,
  betaDpo: 0.2,
  epsilon: 0.2,
  steps: 150,
  learningRate: 0.05,
  seed: 7,
};

type Bounds = { min: number; max: number; integer?: boolean; label: string };

const BOUNDS: Record<keyof RlhfSettings, Bounds> = {
  pairs: { min: 20, max: 5000, integer: true, label: "Training pairs" },
  beta1: { min: 0.001, max: 10, label: "β₁ (KL coefficient)" },
  beta2: { min: 0.001, max: 10, label: "β₂ (KL coefficient)" },
  betaDpo: { min: 0.01, max: 10, label: "β for DPO" },
  epsilon: { min: 0.01, max: 0.9, label: "Clip range ε" },
  steps: { min: 10, max: 2000, integer: true, label: "PPO iterations" },
  learningRate: { min: 0.0001, max: 1, label: "Learning rate" },
  seed: { min: 0, max: 2 ** 32 - 1, integer: true, label: "Seed" },
};

/** Checks every setting and throws a message naming the first bad one and its allowed range. */
export function validateRlhfSettings(input: RlhfSettings): RlhfSettings {
  const out = { ...DEFAULT_RLHF_SETTINGS };
  for (const key of Object.keys(BOUNDS) as (keyof RlhfSettings)[]) {
    const b = BOUNDS[key];
    const v = input[key];
    if (typeof v !== "number" || !Number.isFinite(v)) throw new Error(`${b.label} must be a number, got ${String(v)}.`);
    if (b.integer && !Number.isInteger(v)) throw new Error(`${b.label} must be a whole number, got ${v}.`);
    if (v < b.min || v > b.max) throw new Error(`${b.label} must be between ${b.min} and ${b.max}, got ${v}.`);
    out[key] = v;
  }
  return out;
}
