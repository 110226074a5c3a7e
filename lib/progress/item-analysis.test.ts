import { describe, expect, it } from "vitest";
import { DISCRIMINATION_MIN, FACILITY_MAX, FACILITY_MIN, REVIEW_MIN_ANSWERS, REVIEW_REASON_TEXT, hasEnoughAnswers, reviewReasons } from "./item-analysis";

describe("reviewReasons", () => {
  it("doesn't judge an item with fewer answers than the minimum sample (one attempt would flag everything)", () => {
    expect(REVIEW_MIN_ANSWERS).toBe(5);
    expect(hasEnoughAnswers(4)).toBe(false);
    expect(reviewReasons({ count: 1, facility: 1, discrimination: null })).toEqual([]);
    expect(reviewReasons({ count: 4, facility: 0, discrimination: null })).toEqual([]);
    expect(hasEnoughAnswers(5)).toBe(true);
    expect(reviewReasons({ count: 5, facility: 1, discrimination: null })).toEqual(["too-easy"]);
  });

  it("passes a typical item", () => {
    expect(reviewReasons({ count: 20, facility: 0.6, discrimination: 0.4 })).toEqual([]);
  });

  it("keeps the thresholds themselves unflagged", () => {
    expect([FACILITY_MIN, FACILITY_MAX, DISCRIMINATION_MIN]).toEqual([0.05, 0.95, 0.15]);
    expect(reviewReasons({ count: 20, facility: 0.05, discrimination: 0.15 })).toEqual([]);
    expect(reviewReasons({ count: 20, facility: 0.95, discrimination: 0.15 })).toEqual([]);
    // 1 of 20 and 19 of 20 land exactly on the thresholds.
    expect(reviewReasons({ count: 20, facility: 1 / 20, discrimination: 0.5 })).toEqual([]);
    expect(reviewReasons({ count: 20, facility: 19 / 20, discrimination: 0.5 })).toEqual([]);
  });

  it("flags facility just outside the range", () => {
    expect(reviewReasons({ count: 20, facility: 0.0499, discrimination: 0.5 })).toEqual(["too-hard"]);
    expect(reviewReasons({ count: 20, facility: 0, discrimination: null })).toEqual(["too-hard"]);
    expect(reviewReasons({ count: 20, facility: 0.9501, discrimination: 0.5 })).toEqual(["too-easy"]);
    expect(reviewReasons({ count: 20, facility: 1, discrimination: null })).toEqual(["too-easy"]);
  });

  it("flags discrimination just below the minimum, including negative values", () => {
    expect(reviewReasons({ count: 20, facility: 0.5, discrimination: 0.1499 })).toEqual(["low-discrimination"]);
    expect(reviewReasons({ count: 20, facility: 0.5, discrimination: 0 })).toEqual(["low-discrimination"]);
    expect(reviewReasons({ count: 20, facility: 0.5, discrimination: -0.3 })).toEqual(["low-discrimination"]);
  });

  it("doesn't flag an undefined discrimination", () => {
    expect(reviewReasons({ count: 20, facility: 0.5, discrimination: null })).toEqual([]);
  });

  it("lists every reason that applies, in order", () => {
    expect(reviewReasons({ count: 20, facility: 0.02, discrimination: 0.1 })).toEqual(["too-hard", "low-discrimination"]);
    expect(reviewReasons({ count: 20, facility: 0.97, discrimination: -0.2 })).toEqual(["too-easy", "low-discrimination"]);
  });

  it("explains each reason with its threshold", () => {
    expect(REVIEW_REASON_TEXT["too-hard"]).toContain("0.05");
    expect(REVIEW_REASON_TEXT["too-easy"]).toContain("0.95");
    expect(REVIEW_REASON_TEXT["low-discrimination"]).toContain("0.15");
  });
});
