import { describe, expect, it } from "vitest";
import { weighRoutes } from "./page-budgets";

describe("page budgets", () => {
  const sizes: Record<string, number> = { "a.js": 100, "b.js": 40, "c.js": 30 };
  const stats = [
    { route: "/light", firstLoadChunkPaths: ["a.js"] },
    { route: "/heavy", firstLoadChunkPaths: ["a.js", "b.js", "c.js"] },
  ];

  it("adds up each page's first-load chunks and flags the pages over their budgets, heaviest first", () => {
    const weights = weighRoutes(stats, (p) => sizes[p]!, { "/heavy": 150 }, 120);
    expect(weights.map((w) => [w.route, w.kb, w.budgetKb, w.over])).toEqual([
      ["/heavy", 170, 150, true],
      ["/light", 100, 120, false],
    ]);
    expect(weights[0]!.chunks.map((c) => c.path)).toEqual(["a.js", "b.js", "c.js"]);
  });

  it("passes a page exactly at its budget", () => {
    expect(weighRoutes([{ route: "/x", firstLoadChunkPaths: ["a.js"] }], (p) => sizes[p]!, {}, 100)[0]!.over).toBe(false);
  });
});
