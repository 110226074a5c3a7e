import { describe, expect, it } from "vitest";
import { mulberry32 } from "@/lib/random/seeded-random";
import { newSrsCard, SRS_RATINGS, type SrsCard } from "@/lib/flashcards/card";
import { rebuildCard } from "@/lib/flashcards/rebuild";
import { scheduleReview, type SrsReviewLog } from "@/lib/flashcards/schedule";
import { DEFAULT_FLASHCARD_SETTINGS } from "@/lib/flashcards/settings";
import { undoLastReview } from "@/lib/flashcards/undo";

const settings = DEFAULT_FLASHCARD_SETTINGS;
const start = new Date("2026-03-01T09:00:00Z");

/** A random but reproducible history: random ratings, reviewed early, on time or late. */
function randomHistory(seed: number, count: number): { states: SrsCard[]; logs: SrsReviewLog[] } {
  const random = mulberry32(seed);
  let card = newSrsCard(start);
  let now = start;
  const states = [card];
  const logs: SrsReviewLog[] = [];
  for (let i = 0; i < count; i++) {
    const rating = SRS_RATINGS[Math.floor(random() * 4)]!;
    const result = scheduleReview({ card, rating, now, settings, cardId: `card-${seed}`, durationMs: Math.floor(random() * 20_000) });
    card = result.card;
    logs.push(result.log);
    states.push(card);
    const gap = card.due.getTime() - now.getTime();
    now = new Date(now.getTime() + Math.max(60_000, Math.round(gap * (0.5 + random()))));
  }
  return { states, logs };
}

describe("rebuildCard", () => {
  it.each([1, 2, 3, 4, 5])("replaying a random log reproduces the stored state exactly (seed %i)", (seed) => {
    const { states, logs } = randomHistory(seed, 30);
    const rebuilt = rebuildCard({ initial: logs[0]!.before, reviews: logs, settings, cardId: `card-${seed}` });
    expect(rebuilt.card).toEqual(states.at(-1));
    expect(rebuilt.logs).toEqual(logs);
  });

  it("reschedules when replayed with different settings", () => {
    const { states, logs } = randomHistory(7, 20);
    const rebuilt = rebuildCard({ initial: logs[0]!.before, reviews: logs, settings: { ...settings, desiredRetention: 0.8 }, cardId: "card-7" });
    expect(rebuilt.card.reps).toBe(states.at(-1)!.reps);
    expect(rebuilt.card.due).not.toEqual(states.at(-1)!.due);
  });

  it("refuses reviews out of order", () => {
    const { logs } = randomHistory(8, 3);
    expect(() => rebuildCard({ initial: logs[0]!.before, reviews: [logs[1]!, logs[0]!], settings, cardId: "card-8" })).toThrow(/order/);
  });
});

describe("undoLastReview", () => {
  it("restores every prior state exactly, one review at a time", () => {
    const { states, logs } = randomHistory(11, 25);
    let card = states.at(-1)!;
    for (let i = logs.length - 1; i >= 0; i--) {
      const undone = undoLastReview(card, logs[i]!);
      if (!undone.ok) throw new Error(undone.message);
      expect(undone.card).toEqual(states[i]);
      card = undone.card;
    }
  });

  it("restores a lapse on a review card, including the lapse count", () => {
    let reviewed = newSrsCard(start);
    for (let i = 0; i < 3; i++) reviewed = scheduleReview({ card: reviewed, rating: "good", now: reviewed.due, settings, cardId: "x" }).card;
    expect(reviewed.state).toBe("review");
    const lapse = scheduleReview({ card: reviewed, rating: "again", now: reviewed.due, settings, cardId: "x" });
    expect(lapse.card.lapses).toBe(reviewed.lapses + 1);
    expect(undoLastReview(lapse.card, lapse.log)).toEqual({ ok: true, card: reviewed });
  });

  it("refuses a log entry that is not the latest review", () => {
    const { states, logs } = randomHistory(13, 4);
    const result = undoLastReview(states.at(-1)!, logs[1]!);
    expect(result.ok).toBe(false);
  });
});
