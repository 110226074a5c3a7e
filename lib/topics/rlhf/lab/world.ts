/**
 * The toy world: one prompt ("How do I undo my last git commit?") and a fixed
 * menu of K candidate responses. A response is described by a few features;
 * the hidden "human" utility is mostly a linear function of them, plus a quirk
 * the features cannot see, so a linear reward model can be good but not perfect.
 */

export const FEATURE_NAMES = ["answers the question", "correct", "concise", "polite"] as const;

export type Response = {
  name: string;
  features: number[];
  /** Extra utility the features miss (e.g. a destructive command without a warning). */
  quirk: number;
  /** Probability under the reference (SFT) policy, before normalisation. */
  refWeight: number;
};

export const RESPONSES: readonly Response[] = [
  { name: "reset --soft + why", features: [1, 1, 0.5, 0.6], quirk: 0, refWeight: 0.07 },
  { name: "git revert (shared)", features: [1, 1, 0.6, 0.5], quirk: 0.3, refWeight: 0.06 },
  { name: "reset --hard, no warning", features: [1, 0.5, 1, 0.2], quirk: -1.5, refWeight: 0.14 },
  { name: "long git-internals essay", features: [0.6, 1, 0, 0.6], quirk: 0, refWeight: 0.12 },
  { name: "delete the .git folder", features: [0.8, 0, 1, 0.3], quirk: -0.5, refWeight: 0.05 },
  { name: "clarifying question", features: [0.3, 1, 0.8, 0.8], quirk: 0, refWeight: 0.1 },
  { name: "polite refusal", features: [0, 1, 0.9, 1], quirk: 0, refWeight: 0.08 },
  { name: "link to the docs", features: [0.3, 1, 1, 0.3], quirk: 0, refWeight: 0.12 },
  { name: "flattering non-answer", features: [0.1, 0.5, 0.5, 1], quirk: 0, refWeight: 0.14 },
  { name: "made-up `git undo`", features: [0.8, 0, 0.9, 0.6], quirk: 0, refWeight: 0.12 },
];

/** The hidden labeller's weights on the features; the reward model must recover them from comparisons. */
export const TRUE_WEIGHTS = [3, 3, 0.5, 1];

export function trueUtility(r: Response): number {
  let u = r.quirk;
  for (let d = 0; d < TRUE_WEIGHTS.length; d++) u += TRUE_WEIGHTS[d]! * r.features[d]!;
  return u;
}

/** Reference (SFT) log-probabilities, normalised. */
export function referenceLogProbs(): number[] {
  const total = RESPONSES.reduce((s, r) => s + r.refWeight, 0);
  return RESPONSES.map((r) => Math.log(r.refWeight / total));
}
