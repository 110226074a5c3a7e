import { describe, expect, it } from "vitest";
import { causalScores, fullScores, receptiveField, windowScores } from "@/lib/topics/sliding-window-attention/compute";
import { buildMask, countScores, isAllowed, receptiveFieldByLayer, type MaskSpec } from "./masks";

const spec = (mode: MaskSpec["mode"], window = 1, globalTokens = 0): MaskSpec => ({ mode, window, globalTokens });
const LENGTHS = [1, 2, 3, 5, 7, 16, 31, 64, 100];
const WINDOWS = [1, 2, 3, 4, 8, 16, 17, 50, 128];

describe("mask counts agree with lib/compute", () => {
  it("full and causal masks for many n", () => {
    for (const n of LENGTHS) {
      expect(countScores(spec("full"), n)).toBe(fullScores({ n }).value);
      expect(countScores(spec("causal"), n)).toBe(causalScores({ n }).value);
    }
  });

  it("causal windows for many (n, w), including w ≥ n", () => {
    for (const n of LENGTHS) for (const w of WINDOWS) expect(countScores(spec("window", w), n), `n=${n} w=${w}`).toBe(windowScores({ n, w }).value);
  });

  it("agrees at the cost chart's largest length", () => {
    expect(countScores(spec("window", 64), 4096)).toBe(windowScores({ n: 4096, w: 64 }).value);
  });

  it("builds the mask the predicate describes: n = 5, w = 3 scores 1, 2, 3, 3, 3 keys", () => {
    const mask = buildMask(spec("window", 3), 5);
    const perRow = [0, 1, 2, 3, 4].map((i) => mask.slice(i * 5, i * 5 + 5).reduce((a, b) => a + b, 0));
    expect(perRow).toEqual([1, 2, 3, 3, 3]);
    expect(Array.from(mask.slice(20, 25))).toEqual([0, 0, 1, 1, 1]);
  });
});

describe("global tokens in a causal model", () => {
  it("are seen by every later query and see only their own past", () => {
    const s = spec("window-global", 2, 2);
    for (let i = 0; i < 10; i++) {
      expect(isAllowed(s, i, 0)).toBe(true);
      expect(isAllowed(s, i, 1)).toBe(i >= 1);
    }
    // No look-ahead, not even for a global token: that would leak the future in a decoder.
    for (let j = 1; j < 10; j++) expect(isAllowed(s, 0, j)).toBe(false);
    expect(isAllowed(s, 5, 3)).toBe(false);
  });

  it("add exactly the cells outside the window: k = 0 is the plain window", () => {
    for (const n of [4, 16, 33]) {
      expect(countScores(spec("window-global", 3, 0), n)).toBe(windowScores({ n, w: 3 }).value);
    }
    // n = 16, w = 4, k = 1: 58 window cells + rows 4…15 reaching back to position 0.
    expect(countScores(spec("window-global", 4, 1), 16)).toBe(58 + 12);
  });

  it("never let a query see a later position", () => {
    for (const k of [0, 1, 2, 4]) {
      const mask = buildMask(spec("window-global", 3, k), 12);
      for (let i = 0; i < 12; i++) for (let j = i + 1; j < 12; j++) expect(mask[i * 12 + j], `k=${k} i=${i} j=${j}`).toBe(0);
    }
  });
});

describe("receptive field of stacked windows", () => {
  it("equals L·(w−1)+1, capped at the sequence start, for many (n, w, L)", () => {
    for (const n of [5, 16, 32]) {
      for (const w of [1, 2, 3, 4, 7]) {
        const rows = receptiveFieldByLayer(spec("window", w), n, 12);
        rows.forEach((row, l) => {
          const count = row.reduce((a, b) => a + b, 0);
          expect(count, `n=${n} w=${w} L=${l + 1}`).toBe(Math.min(n, receptiveField({ layers: l + 1, w }).value));
          // The reachable positions are the contiguous block ending at the last token.
          expect(row[n - 1]).toBe(1);
          expect(row.indexOf(1)).toBe(n - count);
        });
      }
    }
  });

  it("reaches everything after one layer of full or causal attention", () => {
    expect(receptiveFieldByLayer(spec("causal"), 10, 1)[0]!.every((v) => v === 1)).toBe(true);
    expect(receptiveFieldByLayer(spec("full"), 10, 1)[0]!.every((v) => v === 1)).toBe(true);
  });

  it("adds the global tokens to the window's reach but relays nothing through them in a causal model", () => {
    const rows = receptiveFieldByLayer(spec("window-global", 2, 1), 10, 2);
    expect(Array.from(rows[0]!)).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 1, 1]); // the global token, its neighbour, itself
    // A causal global token only sees its own past, so it can't pass the middle on.
    expect(Array.from(rows[1]!)).toEqual([1, 0, 0, 0, 0, 0, 0, 1, 1, 1]);
  });
});
