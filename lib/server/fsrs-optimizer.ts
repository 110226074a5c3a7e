import "server-only";
import { createRequire } from "node:module";
import type { ReviewStep } from "@/lib/flashcards/optimize-items";
import { log } from "./log";

/** The part of the FSRS optimizer this app uses, in lib/flashcards terms. */
export type FsrsOptimizer = {
  /** Fits FSRS-6 parameters to training items (each a card's history up to one review). */
  computeParameters(items: readonly (readonly ReviewStep[])[], options: { numRelearningSteps: number }): Promise<number[]>;
};

export type OptimizerAvailability = { available: true; optimizer: FsrsOptimizer } | { available: false; reason: string };

/**
 * The native module's surface we call (fsrs-rs via napi-rs). Only its Linux x64 glibc build is
 * published, so the project depends on that package directly, as an optional dependency: npm
 * skips it elsewhere and the loader below reports the optimizer unavailable.
 */
type NativeBinding = {
  FSRSBindingReview: new (rating: number, deltaT: number) => object;
  FSRSBindingItem: new (reviews: object[]) => object;
  computeParameters(items: object[], options: { enableShortTerm: boolean; numRelearningSteps?: number }): Promise<number[]>;
};

const NATIVE_PACKAGE = "@open-spaced-repetition/binding-linux-x64-gnu";

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
    // A .node file can't be imported as an ES module; CommonJS require loads it.
    const binding = createRequire(import.meta.url)(NATIVE_PACKAGE) as NativeBinding;
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
