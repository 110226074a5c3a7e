import { describe, expect, it } from "vitest";
import { DEFAULT_FLASHCARD_SETTINGS, parseSteps, settingsSchema } from "@/lib/flashcards/settings";

function messages(input: Record<string, unknown>): string[] {
  const result = settingsSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => i.message);
}

describe("settingsSchema", () => {
  it("has the documented defaults", () => {
    expect(DEFAULT_FLASHCARD_SETTINGS).toEqual({
      desiredRetention: 0.9,
      maximumIntervalDays: 36500,
      newCardsPerDay: 20,
      maxReviewsPerDay: 9999,
      learningSteps: "1m 10m",
      relearningSteps: "10m",
      burySiblings: true,
      leechThreshold: 8,
      fsrsParameters: null,
    });
  });

  it("explains the retention trade-off at both ends", () => {
    expect(messages({ desiredRetention: 0.99 })[0]).toMatch(/Higher retention means more reviews/);
    expect(messages({ desiredRetention: 0.5 })[0]).toMatch(/fewer reviews but you will forget more/);
    expect(messages({ desiredRetention: "0.85" })).toEqual([]);
  });

  it("bounds interval, new cards and leech threshold", () => {
    expect(messages({ maximumIntervalDays: 0 })[0]).toMatch(/at least 1 day/);
    expect(messages({ maximumIntervalDays: 36501 })[0]).toMatch(/36500/);
    expect(messages({ newCardsPerDay: 501 })[0]).toMatch(/at most 500/);
    expect(messages({ newCardsPerDay: 2.5 })[0]).toMatch(/whole number/);
    expect(messages({ leechThreshold: 0 })[0]).toMatch(/at least 1/);
  });

  it("validates step format and order", () => {
    expect(messages({ learningSteps: "1m 10x" })[0]).toMatch(/"10x" is not a step/);
    expect(messages({ learningSteps: "10m 1m" })[0]).toMatch(/must get longer/);
    expect(messages({ relearningSteps: "1h 60m" })[0]).toMatch(/Relearning steps must get longer/);
    expect(messages({ learningSteps: "0m" })[0]).toMatch(/longer than zero/);
    expect(messages({ learningSteps: " 1m, 10m 1h 1d ", relearningSteps: "" })).toEqual([]);
    expect(parseSteps(" 1m, 10m 1.5h ")).toEqual(["1m", "10m", "1.5h"]);
    expect(parseSteps("")).toEqual([]);
  });

  it("accepts 21 finite FSRS-6 parameters only", () => {
    const w = Array.from({ length: 21 }, (_, i) => 0.1 + i / 10);
    expect(messages({ fsrsParameters: w })).toEqual([]);
    expect(messages({ fsrsParameters: w.slice(0, 19) })[0]).toMatch(/21 numbers \(FSRS-6\); got 19/);
    expect(messages({ fsrsParameters: [...w.slice(0, 20), Number.POSITIVE_INFINITY] })[0]).toMatch(/finite/);
  });
});
