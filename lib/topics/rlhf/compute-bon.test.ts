import { describe, expect, it } from "vitest";
import { catchComputeError } from "@/lib/compute/catch-compute-error";
import { bonKlBound, bonWinRateBound } from "./compute-bon";

describe("rlhf.bon_kl_bound (arXiv 2401.01879)", () => {
  it("is the abstract's log(n) − (n − 1)/n: 0 at n = 1, ln 2 − ½ ≈ 0.193147 at n = 2 (Beirami et al., arXiv 2401.01879)", () => {
    expect(bonKlBound({ n: 1 }).value).toBe(0);
    expect(bonKlBound({ n: 2 }).value).toBeCloseTo(Math.LN2 - 0.5, 12);
    expect(bonKlBound({ n: 1000 }).value).toBeCloseTo(Math.log(1000) - 0.999, 12);
  });

  it("only bounds the true KL: with two equally likely outputs the true KL stays below ln 2 while the formula passes it at n = 5 (the paper's counterexample)", () => {
    for (const n of [1, 2, 3, 4, 5, 8, 64, 1000]) {
      const worse = 2 ** -n; // best-of-n returns the worse output only if all n draws are it
      const better = 1 - worse;
      const trueKl = better * Math.log(better / 0.5) + (worse > 0 ? worse * Math.log(worse / 0.5) : 0);
      expect(trueKl).toBeLessThanOrEqual(bonKlBound({ n }).value + 1e-12);
      expect(trueKl).toBeLessThanOrEqual(Math.LN2);
    }
    expect(bonKlBound({ n: 4 }).value).toBeLessThan(Math.LN2);
    expect(bonKlBound({ n: 5 }).value).toBeGreaterThan(Math.LN2);
  });

  it("refuses n < 1 and fractional n", () => {
    expect(catchComputeError(() => bonKlBound({ n: 0 })).input).toBe("n");
    expect(catchComputeError(() => bonKlBound({ n: 2.5 })).input).toBe("n");
  });
});

describe("rlhf.bon_win_rate_bound (arXiv 2401.01879)", () => {
  it("is n/(n + 1) (Beirami et al., arXiv 2401.01879, abstract): ½ at n = 1, 0.8 at n = 4", () => {
    expect(bonWinRateBound({ n: 1 }).value).toBe(0.5);
    expect(bonWinRateBound({ n: 4 }).value).toBe(0.8);
    expect(bonWinRateBound({ n: 999 }).value).toBe(0.999);
  });

  it("refuses n = 0", () => {
    expect(catchComputeError(() => bonWinRateBound({ n: 0 })).input).toBe("n");
  });
});
