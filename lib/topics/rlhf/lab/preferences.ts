import type { Rng } from "@/lib/labs/seeded-rng";
import { sampleIndex, sigmoid } from "./policy";

/** One labelled comparison: indices of the chosen and rejected response. */
export type Pair = { chosen: number; rejected: number };

/**
 * Draws two different responses from the reference policy (as labellers rate
 * the SFT model's samples) and lets the hidden labeller prefer the first with
 * Bradley–Terry probability σ(u₁ − u₂): labels are noisy, as human ones are.
 */
export function samplePairs(count: number, refProbs: readonly number[], utility: readonly number[], rng: Rng): Pair[] {
  const pairs: Pair[] = [];
  while (pairs.length < count) {
    const a = sampleIndex(refProbs, rng.uniform);
    const b = sampleIndex(refProbs, rng.uniform);
    if (a === b) continue; // identical responses carry no preference
    const aWins = rng.uniform() < sigmoid(utility[a]! - utility[b]!);
    pairs.push(aWins ? { chosen: a, rejected: b } : { chosen: b, rejected: a });
  }
  return pairs;
}
