import { default_w } from "ts-fsrs";
import { describe, expect, it } from "vitest";
import { decideOptimization, optimizationResultSchema, roundParameters, type OptimizationRun } from "./optimize";

const run: OptimizationRun = {
  ranAt: new Date("2026-05-01T09:00:00Z"),
  reviewsUsed: 500,
  trainReviews: 380,
  heldOutReviews: 70,
  logLossBefore: 0.4,
  logLossAfter: 0.35,
  candidate: { parameters: [...default_w] },
};

describe("decideOptimization", () => {
  it("applies parameters that predict the held-out reviews better", () => {
    const result = decideOptimization(run);
    expect(result).toEqual({ ranAt: "2026-05-01T09:00:00.000Z", reviewsUsed: 500, trainReviews: 380, heldOutReviews: 70, logLossBefore: 0.4, logLossAfter: 0.35, applied: true, parameters: [...default_w] });
    expect(optimizationResultSchema.parse(JSON.parse(JSON.stringify(result)))).toEqual(result);
  });

  it("keeps the current parameters when the new ones are no better, and says why", () => {
    for (const logLossAfter of [0.4, 0.41, Number.NaN]) {
      const result = decideOptimization({ ...run, logLossAfter });
      expect(result.applied).toBe(false);
      if (!result.applied) expect(result.reason).toMatch(/not better/);
    }
  });

  it("keeps them when nothing held out could be scored", () => {
    const result = decideOptimization({ ...run, logLossBefore: null, logLossAfter: null, heldOutReviews: 0 });
    expect(result).toMatchObject({ applied: false, parameters: [...default_w] });
  });

  it("keeps them when the optimizer failed or returned something other than 21 finite numbers", () => {
    expect(decideOptimization({ ...run, candidate: { error: "The optimizer gave up." } })).toMatchObject({ applied: false, reason: "The optimizer gave up.", parameters: null });
    expect(decideOptimization({ ...run, candidate: { parameters: default_w.slice(0, 19) } })).toMatchObject({ applied: false, parameters: null });
    expect(decideOptimization({ ...run, candidate: { parameters: [Number.NaN, ...default_w.slice(1)] } })).toMatchObject({ applied: false, parameters: null });
  });

  it("rounds parameters to four decimals", () => {
    expect(roundParameters([0.21199999749660492, 1.2930999994277954])).toEqual([0.212, 1.2931]);
  });
});
