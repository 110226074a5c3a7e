import "server-only";
import type { ReviewStep } from "@/lib/srs/optimize-items";
import { log } from "./log";

/** The part of the FSRS optimizer this app uses, in lib/srs terms. */
export type FsrsOptimizer = {
  /** Fits FSRS-6 parameters to training items (each a card's history up to one review). */
  computeParameters(items: readonly (readonly ReviewStep[])[], options: { numRelearningSteps: number }): Promise<number[]>;
};

export type OptimizerAvailability = { available: true; optimizer: FsrsOptimizer } | { available: false; reason: string };

let loading: Promise<OptimizerAvailability> | undefined;

/**
 * The FSRS optimizer (fsrs-rs through a native Node module), loaded on first use. The module
 * ships prebuilt for a few platforms only; where it can't load, this resolves to the reason
 * instead of throwing, so the settings page can explain why there is no Optimize button. The
 * outcome is cached: a platform doesn't change while the process runs.
 */
export function loadFsrsOptimizer(): Promise<OptimizerAvailability> {
  loading ??= load();
  return loading;
}

async function load(): Promise<OptimizerAvailability> {
  try {
    const binding = await import("@open-spaced-repetition/binding");
    const optimizer: FsrsOptimizer = {
      computeParameters: (items, { numRelearningSteps }) =>
        binding.computeParameters(
          items.map((steps) => new binding.FSRSBindingItem(steps.map((s) => new binding.FSRSBindingReview(s.grade, s.deltaT)))),
          // Short-term (same-day) memory on, as the scheduler uses it.
          { enableShortTerm: true, numRelearningSteps },
        ),
    };
    return { available: true, optimizer };
  } catch (error) {
    log("warn", "fsrs_optimizer_unavailable", { platform: `${process.platform}-${process.arch}`, error: error instanceof Error ? error.message : String(error) });
    return {
      available: false,
      reason: `Personal parameters can't be computed on this server: the FSRS optimizer has no build for its platform (${process.platform}-${process.arch}). Your cards are scheduled with your current parameters as usual.`,
    };
  }
}
