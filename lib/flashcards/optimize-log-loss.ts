import { fsrs, generatorParameters, type FSRSState, type StepUnit } from "ts-fsrs";
import type { CardHistory } from "@/lib/flashcards/optimize-items";

/** Predictions are kept off 0 and 1 so one confident miss can't make the loss infinite (the optimizer clamps the same way). */
const EPSILON = 1e-4;

export type LogLoss = { logLoss: number | null; reviews: number };

/**
 * Mean binary log loss of a parameter set on some cards' histories, using ts-fsrs' own memory
 * model: each card is replayed review by review, and every review a day or more after the
 * previous one is scored by the predicted recall probability (retrievability at the elapsed days)
 * against what happened (recalled unless rated Again). Same-day reviews update the memory state
 * but are not scored, as in FSRS' own evaluation. `parameters` null means ts-fsrs' defaults;
 * `relearningSteps` matters because ts-fsrs bounds two short-term weights by their number, exactly as the
 * scheduler does. `logLoss` is null when there is nothing to score.
 */
export function logLoss(histories: readonly CardHistory[], parameters: readonly number[] | null, relearningSteps: readonly StepUnit[]): LogLoss {
  const model = fsrs(
    generatorParameters({
      enable_short_term: true,
      relearning_steps: [...relearningSteps],
      ...(parameters ? { w: [...parameters] } : {}),
    }),
  );
  let total = 0;
  let reviews = 0;
  for (const history of histories) {
    let state: FSRSState | null = null;
    for (const step of history.steps) {
      if (state && step.deltaT > 0) {
        const predicted = Math.min(1 - EPSILON, Math.max(EPSILON, model.forgetting_curve(step.deltaT, state.stability)));
        total -= step.grade === 1 ? Math.log(1 - predicted) : Math.log(predicted);
        reviews += 1;
      }
      state = model.next_state(state, step.deltaT, step.grade);
    }
  }
  return { logLoss: reviews === 0 ? null : total / reviews, reviews };
}
