import { z } from "zod";
import { FSRS6_PARAMETER_COUNT } from "@/lib/flashcards/settings";

/** Fewer reviews than this and fitted parameters mostly fit noise; FSRS' own guidance is a few hundred. */
export const MIN_REVIEWS_TO_OPTIMIZE = 400;

/** Share of cards held back from training to judge the new parameters on reviews they never saw. */
export const HELD_OUT_SHARE = 0.2;

const parametersSchema = z.array(z.number().finite()).length(FSRS6_PARAMETER_COUNT);
const count = z.number().int().min(0);

const runFields = {
  /** ISO 8601 instant of the run. */
  ranAt: z.iso.datetime(),
  /** Reviews in the cards' usable histories (both sides of the split). */
  reviewsUsed: count,
  /** Training items the optimizer learned from (one per review after a card's first). */
  trainReviews: count,
  /** Held-out reviews the log loss was measured on. */
  heldOutReviews: count,
};

/** The last "Optimize" run, as stored in FlashcardSettings.optimization. */
export const optimizationResultSchema = z.discriminatedUnion("applied", [
  z.object({ ...runFields, applied: z.literal(true), logLossBefore: z.number(), logLossAfter: z.number(), parameters: parametersSchema }),
  z.object({
    ...runFields,
    applied: z.literal(false),
    logLossBefore: z.number().nullable(),
    logLossAfter: z.number().nullable(),
    /** Why nothing changed, in words the student can act on. */
    reason: z.string().min(1),
    /** The rejected candidate, when the optimizer produced one (kept for support questions). */
    parameters: parametersSchema.nullable(),
  }),
]);

export type OptimizationResult = z.infer<typeof optimizationResultSchema>;

export type OptimizationRun = {
  ranAt: Date;
  reviewsUsed: number;
  trainReviews: number;
  heldOutReviews: number;
  logLossBefore: number | null;
  logLossAfter: number | null;
  /** The optimizer's parameters, or why there are none. */
  candidate: { parameters: readonly number[] } | { error: string };
};

const NOT_BETTER = "Kept your current parameters because the new ones were not better at predicting the reviews held back for testing.";

/** Rounds to 4 decimals, the precision FSRS parameters are shown and shared with; keeps stored JSON tidy. */
export function roundParameters(parameters: readonly number[]): number[] {
  return parameters.map((w) => Math.round(w * 10_000) / 10_000);
}

/**
 * Decides whether a run's parameters replace the current ones: only a valid FSRS-6 set that
 * predicts the held-out reviews strictly better (lower log loss) is applied. Anything else is
 * recorded with the reason, and the student's scheduling stays as it was.
 */
export function decideOptimization(run: OptimizationRun): OptimizationResult {
  const fields = { ranAt: run.ranAt.toISOString(), reviewsUsed: run.reviewsUsed, trainReviews: run.trainReviews, heldOutReviews: run.heldOutReviews };
  const losses = { logLossBefore: run.logLossBefore, logLossAfter: run.logLossAfter };
  if ("error" in run.candidate) return { ...fields, ...losses, applied: false, reason: run.candidate.error, parameters: null };
  const parsed = parametersSchema.safeParse(run.candidate.parameters);
  if (!parsed.success) {
    return { ...fields, ...losses, applied: false, reason: `The optimizer returned something other than ${FSRS6_PARAMETER_COUNT} finite numbers, so your parameters were not changed.`, parameters: null };
  }
  const { logLossBefore, logLossAfter } = run;
  if (logLossBefore === null || logLossAfter === null) {
    return {
      ...fields,
      ...losses,
      applied: false,
      reason: "None of the cards held back for testing has been reviewed on two different days yet, so the new parameters could not be checked. Keep reviewing and try again.",
      parameters: parsed.data,
    };
  }
  if (!(logLossAfter < logLossBefore)) return { ...fields, logLossBefore, logLossAfter, applied: false, reason: NOT_BETTER, parameters: parsed.data };
  return { ...fields, logLossBefore, logLossAfter, applied: true, parameters: parsed.data };
}
