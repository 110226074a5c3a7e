import "server-only";
import { setImmediate as nextTurn } from "node:timers/promises";

/**
 * How far an import is: `check` reads and validates the file's items (nothing is
 * written until all of them pass), `write` stores the templates in one transaction.
 * `done` of `total` items.
 */
export type ImportProgress = { phase: "check" | "write"; done: number; total: number };

/** Called between slices of work; the import waits for it, so a listener may apply backpressure. */
export type OnImportProgress = (progress: ImportProgress) => void | Promise<void>;

/** How long a slice of work may hold the event loop before other requests get a turn. */
const SLICE_MS = 10;

/**
 * Runs `each` over `items` in slices of about 10 ms and gives the event loop a
 * turn after each, so a large import (150,000 questions, seconds of CPU) never
 * keeps the server from answering other requests; reports progress at each turn.
 */
export async function inSlices<T>(items: readonly T[], each: (item: T, index: number) => void, report?: (done: number) => void | Promise<void>): Promise<void> {
  let sliceStart = performance.now();
  for (let i = 0; i < items.length; i++) {
    each(items[i]!, i);
    // Reading the clock costs too: look at it every 32 items.
    if ((i & 31) === 31 && performance.now() - sliceStart >= SLICE_MS) {
      await report?.(i + 1);
      await nextTurn();
      sliceStart = performance.now();
    }
  }
  await report?.(items.length);
}
