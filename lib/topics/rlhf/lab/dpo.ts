import type { Pair } from "./preferences";
import { logSigmoid, logSoftmax, sigmoid } from "./policy";

/** DPO margin β[(log π(y_w) − log π_ref(y_w)) − (log π(y_l) − log π_ref(y_l))]. */
export function dpoMargin(logp: readonly number[], logRef: readonly number[], pair: Pair, beta: number): number {
  return beta * (logp[pair.chosen]! - logRef[pair.chosen]! - (logp[pair.rejected]! - logRef[pair.rejected]!));
}

/** Mean DPO loss −log σ(margin) over the pairs: a Bradley–Terry loss whose "reward" is β log(π/π_ref). */
export function dpoLoss(logits: readonly number[], logRef: readonly number[], pairs: readonly Pair[], beta: number): number {
  const logp = logSoftmax(logits);
  let loss = 0;
  for (const p of pairs) loss -= logSigmoid(dpoMargin(logp, logRef, p, beta));
  return loss / pairs.length;
}

/**
 * ∂loss/∂θ. With one prompt, log π(y_w) − log π(y_l) = θ_w − θ_l (the log-partition
 * cancels), so each pair pushes θ_w up and θ_l down by β·σ(−margin), and the
 * push fades once the policy ranks the pair confidently.
 */
export function dpoGradient(logits: readonly number[], logRef: readonly number[], pairs: readonly Pair[], beta: number): number[] {
  const logp = logSoftmax(logits);
  const grad = new Array<number>(logits.length).fill(0);
  for (const p of pairs) {
    const push = beta * sigmoid(-dpoMargin(logp, logRef, p, beta));
    grad[p.chosen] = grad[p.chosen]! - push;
    grad[p.rejected] = grad[p.rejected]! + push;
  }
  return grad.map((g) => g / pairs.length);
}
