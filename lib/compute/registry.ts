import { PACKS_IN_ORDER } from "@/lib/topics/registry";
import { CONSTANT_VALUE } from "./constant";
import { FORMULA_FN } from "./formula-parse";
import type { ComputeFunction } from "./types";

// Grouped by topic, in course order, as the authoring UI lists them; the constant serves every topic.
const ALL: readonly ComputeFunction[] = [...PACKS_IN_ORDER.flatMap((p) => p.compute), CONSTANT_VALUE];

/** Every compute function, by name. A topic's functions are registered in its pack (lib/topics/<slug>/pack.ts). */
export const REGISTRY: ReadonlyMap<string, ComputeFunction> = byName(ALL);

// A Map would let a second function silently replace the first of the same name.
function byName(fns: readonly ComputeFunction[]): Map<string, ComputeFunction> {
  const map = new Map<string, ComputeFunction>();
  for (const fn of fns) {
    if (map.has(fn.name)) throw new Error(`Two compute functions are named "${fn.name}".`);
    // Templates use this name for their own formula answers.
    if (fn.name === FORMULA_FN) throw new Error(`"${FORMULA_FN}" names formula answers; a compute function can't take it.`);
    map.set(fn.name, fn);
  }
  return map;
}
