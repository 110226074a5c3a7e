/**
 * Attention masks as predicates: which keys a query may score. Counting the
 * allowed cells of a mask is exactly "how many scores are computed", the number
 * the lab compares with the closed-form counts of lib/compute.
 */

export type MaskMode = "full" | "causal" | "window" | "window-global";

export const MASK_MODES: readonly MaskMode[] = ["full", "causal", "window", "window-global"];

export type MaskSpec = {
  mode: MaskMode;
  /** Causal window size in keys, including the query itself (project convention). */
  window: number;
  /** Global tokens: the first k positions, which every later query also sees (only in "window-global"). */
  globalTokens: number;
};

/**
 * May query i score key j? The window is causal and includes the query itself:
 * keys max(0, i−w+1)…i. Global tokens (the first k positions) are seen by every
 * later query. The model is a causal decoder, so no query, global or not, sees a
 * later position: Longformer's global tokens also look ahead, but Longformer is an
 * encoder. Kept causal, they are StreamingLLM's attention sinks.
 */
export function isAllowed(spec: MaskSpec, i: number, j: number): boolean {
  switch (spec.mode) {
    case "full":
      return true;
    case "causal":
      return j <= i;
    case "window":
      return j <= i && j > i - spec.window;
    case "window-global":
      if (j > i) return false;
      return j < spec.globalTokens || j > i - spec.window;
  }
}

/** The n × n mask, row-major, 1 where the query may score the key and 0 where it is masked. */
export function buildMask(spec: MaskSpec, n: number): Uint8Array {
  const mask = new Uint8Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) mask[i * n + j] = isAllowed(spec, i, j) ? 1 : 0;
  return mask;
}

/**
 * Scores computed for a sequence of n tokens, by counting allowed cells one by one
 * (deliberately not by formula: the point is to check the formula against it).
 */
export function countScores(spec: MaskSpec, n: number): number {
  let count = 0;
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) if (isAllowed(spec, i, j)) count++;
  return count;
}

/**
 * Positions the last token's output can depend on after 1…L stacked layers that
 * all use this mask: a position is reachable after layer l if some key the query
 * attends to was reachable after layer l − 1. Returns one 0/1 row of length n per layer.
 */
export function receptiveFieldByLayer(spec: MaskSpec, n: number, layers: number): Uint8Array[] {
  const mask = buildMask(spec, n);
  // reach[p] = 1 if the last token depends on position p; before any layer only on itself.
  let reach = new Uint8Array(n);
  reach[n - 1] = 1;
  const rows: Uint8Array[] = [];
  for (let l = 0; l < layers; l++) {
    // After this layer, token p's representation mixes the tokens it attends to,
    // so the last token depends on every key of every position it already depended on.
    const next = new Uint8Array(n);
    for (let p = 0; p < n; p++) {
      if (!reach[p]) continue;
      for (let j = 0; j < n; j++) if (mask[p * n + j]) next[j] = 1;
    }
    reach = next;
    rows.push(next);
  }
  return rows;
}
