import { describe, expect, it } from "vitest";
import { attemptPercent, countedAttempts, formatMarks, passes, quizGrade, type ScoredAttempt } from "./grading-method";

const at = (id: string, day: number, marksEarned: number, maxMarks = 10): ScoredAttempt => ({ id, startedAt: new Date(Date.UTC(2026, 0, day)), marksEarned, maxMarks });
// Started in this order: 40 %, 90 %, 60 %, 90 %.
const attempts = [at("c", 3, 6), at("a", 1, 4), at("b", 2, 9), at("d", 4, 9)];

describe("quiz grade by grading method", () => {
  it("HIGHEST takes the best attempt, the earliest of equals", () => {
    expect(quizGrade("HIGHEST", attempts)).toEqual({ percent: 90, counted: ["b"] });
  });
  it("AVERAGE takes every attempt", () => {
    expect(quizGrade("AVERAGE", attempts)).toEqual({ percent: (40 + 90 + 60 + 90) / 4, counted: ["a", "b", "c", "d"] });
  });
  it("FIRST and LAST go by start time, not by the order given", () => {
    expect(quizGrade("FIRST", attempts)).toEqual({ percent: 40, counted: ["a"] });
    expect(quizGrade("LAST", attempts)).toEqual({ percent: 90, counted: ["d"] });
  });
  it("is null before any attempt finished", () => {
    expect(quizGrade("AVERAGE", [])).toBeNull();
    expect(countedAttempts("HIGHEST", [])).toEqual([]);
  });
  it("weighs attempts by their share of marks, partial credit included", () => {
    // 2.5 of 4 marks and 3 of 3: a random draw can give attempts different totals.
    expect(quizGrade("AVERAGE", [at("x", 1, 2.5, 4), at("y", 2, 3, 3)])!.percent).toBeCloseTo((62.5 + 100) / 2, 10);
    expect(attemptPercent({ marksEarned: 0, maxMarks: 0 })).toBe(0);
  });
});

describe("pass mark", () => {
  it("passes at the mark, not below, and says nothing without one", () => {
    expect(passes(60, 60)).toBe(true);
    expect(passes(59.99, 60)).toBe(false);
    expect(passes((100 * 0.6 * 3) / 3, 60)).toBe(true);
    expect(passes(100 * (1 - 0.4), 60)).toBe(true); // 59.99999999999999 in floating point
    expect(passes(95, null)).toBeNull();
  });
  it("formats marks without trailing noise", () => {
    expect(formatMarks(7)).toBe("7");
    expect(formatMarks(2.5)).toBe("2.5");
    expect(formatMarks(1 / 3)).toBe("0.33");
  });
});
