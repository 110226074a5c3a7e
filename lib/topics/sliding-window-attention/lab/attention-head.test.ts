import { describe, expect, it } from "vitest";
import { makeRng } from "@/lib/labs/seeded-rng";
import { embed, forward, initHead, lossAndGradients, previousTokenLoss, trainableQueries, type Head } from "./attention-head";
import { buildMask, type MaskSpec } from "./masks";
import { tokenise } from "./tokens";

const D = 8;
const TOKENS = tokenise("the cat sat on the mat , the end");
const N = TOKENS.length;

function setup(mask: MaskSpec) {
  const rng = makeRng(7);
  const x = embed(TOKENS, D, rng);
  const head = initHead(D, rng);
  const m = buildMask(mask, N);
  return { x, head, m, queries: trainableQueries(m, N) };
}

const MASKS: MaskSpec[] = [
  { mode: "full", window: 1, globalTokens: 0 },
  { mode: "causal", window: 1, globalTokens: 0 },
  { mode: "window", window: 3, globalTokens: 0 },
  { mode: "window-global", window: 2, globalTokens: 2 },
];

describe("softmax over unmasked keys", () => {
  it("rows sum to 1 and masked cells are exactly 0", () => {
    for (const spec of MASKS) {
      const { x, head, m } = setup(spec);
      const { weights } = forward(head, x, m, N);
      for (let i = 0; i < N; i++) {
        let sum = 0;
        for (let j = 0; j < N; j++) {
          if (m[i * N + j]) sum += weights[i * N + j]!;
          else expect(weights[i * N + j]).toBe(0);
        }
        expect(sum).toBeCloseTo(1, 12);
      }
    }
  });
});

describe("gradients", () => {
  it("match central finite differences for Wq and Wk under every mask", () => {
    for (const spec of MASKS) {
      const { x, head, m, queries } = setup(spec);
      const { gradWq, gradWk } = lossAndGradients(head, x, m, N, queries);
      const lossAt = (h: Head) => previousTokenLoss(forward(h, x, m, N).weights, queries, N);
      for (const [name, grad] of [["wq", gradWq], ["wk", gradWk]] as const) {
        for (let p = 0; p < D * D; p++) {
          const eps = 1e-5;
          const plus = { ...head, [name]: Float64Array.from(head[name]) };
          const minus = { ...head, [name]: Float64Array.from(head[name]) };
          plus[name][p]! += eps;
          minus[name][p]! -= eps;
          const numeric = (lossAt(plus) - lossAt(minus)) / (2 * eps);
          const err = Math.abs(numeric - grad[p]!) / Math.max(1e-6, Math.abs(numeric) + Math.abs(grad[p]!));
          expect(err, `${spec.mode} ${name}[${p}]`).toBeLessThan(1e-4);
        }
      }
    }
  });

  it("skip queries whose previous token is masked (window of 1)", () => {
    const { m } = setup({ mode: "window", window: 1, globalTokens: 0 });
    expect(trainableQueries(m, N)).toEqual([]);
  });
});
