import { describe, expect, it } from "vitest";
import { windowScores } from "./compute";
import { windowSinkScores } from "./compute-sinks";
import { countScores } from "./lab/masks";

describe("attention.window_sink_scores", () => {
  it("StreamingLLM's 4 sinks + 1,020 recent tokens: each query past the start scores 1,024 keys (arXiv 2309.17453, cache 4 + 1020)", () => {
    const w = 1020;
    const k = 4;
    const perQuery = (i: number) => windowSinkScores({ n: i + 1, w, k }).value - windowSinkScores({ n: i, w, k }).value;
    expect(perQuery(5_000)).toBe(1_024);
    expect(perQuery(1_023)).toBe(1_024);
    // Query 1,020 has lost only position 0 from its window: 1,020 + 1 sink.
    expect(perQuery(1_020)).toBe(1_021);
    expect(perQuery(100)).toBe(101);
  });

  it("is the plain window with no sinks, and equals the mask counted cell by cell", () => {
    for (const n of [1, 2, 5, 16, 33, 64]) {
      for (const w of [1, 2, 3, 8, 40]) {
        expect(windowSinkScores({ n, w, k: 0 }).value).toBe(windowScores({ n, w }).value);
        for (const k of [1, 2, 4, 10]) {
          expect(windowSinkScores({ n, w, k }).value, `n=${n} w=${w} k=${k}`).toBe(countScores({ mode: "window-global", window: w, globalTokens: k }, n));
        }
      }
    }
  });

  it("n = 16, w = 4, k = 1: 58 window scores + 12 rows reaching back to the sink = 70", () => {
    const r = windowSinkScores({ n: 16, w: 4, k: 1 });
    expect(r.value).toBe(70);
    expect(r.steps.join(" ")).toContain("58 + 12 = 70");
  });
});
