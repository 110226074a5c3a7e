import { describe, expect, it } from "vitest";
import { newSrsCard, type SrsCard, type SrsRating } from "@/lib/flashcards/card";
import { formatInterval } from "@/lib/flashcards/format-interval";
import { previewIntervals, retrievability, scheduleReview } from "@/lib/flashcards/schedule";
import { DEFAULT_FLASHCARD_SETTINGS } from "@/lib/flashcards/settings";

const settings = DEFAULT_FLASHCARD_SETTINGS;
const start = new Date("2026-03-01T09:00:00Z");
const DAY = 86_400_000;

/** Reviews `ratings` in turn, each at the card's due time. */
function study(cardId: string, ratings: SrsRating[]): SrsCard {
  let card = newSrsCard(start);
  let now = start;
  for (const rating of ratings) {
    card = scheduleReview({ card, rating, now, settings, cardId }).card;
    now = card.due;
  }
  return card;
}

describe("scheduleReview", () => {
  it("moves a new card into learning and logs the prior state", () => {
    const card = newSrsCard(start);
    const { card: next, log } = scheduleReview({ card, rating: "good", now: start, settings, cardId: "c1", durationMs: 4200 });
    expect(next.state).toBe("learning");
    expect(next.reps).toBe(1);
    expect(next.due.getTime()).toBe(start.getTime() + 10 * 60_000);
    expect(log).toMatchObject({ rating: "good", durationMs: 4200, elapsedDays: 0, scheduledDays: 0 });
    expect(log.reviewedAt).toEqual(start);
    expect(log.before).toEqual(card);
  });

  it("does not mutate the card it is given", () => {
    const card = newSrsCard(start);
    const copy = structuredClone(card);
    scheduleReview({ card, rating: "easy", now: start, settings, cardId: "c1" });
    expect(card).toEqual(copy);
  });

  it("fuzzes deterministically: same card and history give the same due", () => {
    const ratings: SrsRating[] = ["good", "good", "good", "good", "hard", "good", "easy"];
    expect(study("card-a", ratings)).toEqual(study("card-a", ratings));
  });

  it("fuzzes differently across cards with the same history", () => {
    const ratings: SrsRating[] = ["good", "good", "good", "good", "good", "good"];
    const dues = new Set(["a", "b", "c", "d", "e", "f", "g", "h"].map((id) => study(id, ratings).due.getTime()));
    expect(dues.size).toBeGreaterThan(1);
  });

  // ts-fsrs keeps Hard < Good < Easy even past the cap, so the cap binds Hard exactly.
  it("respects the maximum interval", () => {
    const capped = { ...settings, maximumIntervalDays: 3 };
    let card = newSrsCard(start);
    let now = start;
    for (let i = 0; i < 8; i++) {
      card = scheduleReview({ card, rating: i < 2 ? "good" : "hard", now, settings: capped, cardId: "cap" }).card;
      now = card.due;
    }
    expect(card.scheduledDays).toBe(3);
  });
});

describe("previewIntervals", () => {
  it("orders Again < Hard < Good < Easy for a review card and matches the real review", () => {
    const card = study("p1", ["good", "good", "good"]);
    expect(card.state).toBe("review");
    const now = card.due;
    const preview = previewIntervals(card, now, settings, "p1");
    expect(preview.again.intervalMs).toBeLessThan(preview.hard.intervalMs);
    expect(preview.hard.intervalMs).toBeLessThan(preview.good.intervalMs);
    expect(preview.good.intervalMs).toBeLessThan(preview.easy.intervalMs);
    expect(preview.again.label).toBe("10m");
    expect(preview.good.due).toEqual(scheduleReview({ card, rating: "good", now, settings, cardId: "p1" }).card.due);
  });

  it("shows learning steps for a new card", () => {
    const preview = previewIntervals(newSrsCard(start), start, settings, "n1");
    expect(preview.again.label).toBe("1m");
    expect(preview.good.label).toBe("10m");
    expect(preview.easy.intervalMs).toBeGreaterThanOrEqual(DAY);
  });
});

describe("formatInterval", () => {
  it.each([
    [30_000, "1m"],
    [10 * 60_000, "10m"],
    [90 * 60_000, "1.5h"],
    [DAY, "1d"],
    [96 * DAY, "3.2mo"],
    [730 * DAY, "2y"],
  ])("formats %i ms as %s", (ms, label) => {
    expect(formatInterval(ms)).toBe(label);
  });
});

describe("retrievability", () => {
  const settings = DEFAULT_FLASHCARD_SETTINGS;
  const reviewed = scheduleReview({ card: newSrsCard(new Date("2026-01-01T00:00:00Z")), rating: "good", now: new Date("2026-01-01T00:00:00Z"), settings, cardId: "r" }).card;
  const graduated = scheduleReview({ card: reviewed, rating: "good", now: reviewed.due, settings, cardId: "r" }).card;

  it("is null before the first review and falls from 1 as time passes", () => {
    expect(retrievability(newSrsCard(new Date("2026-01-01T00:00:00Z")), new Date("2026-01-02T00:00:00Z"), settings)).toBeNull();
    const at = (days: number) => retrievability(graduated, new Date(graduated.lastReview!.getTime() + days * 86_400_000), settings)!;
    expect(at(0)).toBeCloseTo(1, 6);
    expect(at(1)).toBeLessThan(1);
    expect(at(10)).toBeLessThan(at(1));
  });

  it("is the desired retention when an interval ends (FSRS schedules for it)", () => {
    // Stability S is the interval at which recall falls to 90 %: R(S) = 0.9 by FSRS's definition
    // (ts-fsrs counts elapsed time in whole days, so the value at S days lands within a day's drop).
    const r = retrievability(graduated, new Date(graduated.lastReview!.getTime() + graduated.stability * 86_400_000), settings)!;
    expect(r).toBeGreaterThan(0.88);
    expect(r).toBeLessThan(0.92);
  });
});
