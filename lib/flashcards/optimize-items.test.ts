import { describe, expect, it } from "vitest";
import type { SrsRating, SrsState } from "@/lib/flashcards/card";
import { cardHash, cardHistories, scorableReviews, splitCards, trainingItems, type CardHistory, type OptimizerReview } from "./optimize-items";

function review(cardId: string, at: string, rating: SrsRating = "good", stateBefore: SrsState = "review"): OptimizerReview {
  return { cardId, rating, reviewedAt: new Date(at), stateBefore };
}

function only(histories: CardHistory[]): CardHistory {
  expect(histories).toHaveLength(1);
  return histories[0]!;
}

describe("cardHistories", () => {
  it("counts whole local days between reviews, the first review being day 0, same-day reviews 0", () => {
    const card = only(cardHistories(
      [
        review("a", "2026-05-01T09:00:00Z", "again", "new"),
        review("a", "2026-05-01T09:10:00Z", "good", "learning"),
        review("a", "2026-05-02T20:00:00Z", "good", "review"),
        review("a", "2026-05-06T07:00:00Z", "hard", "review"),
      ],
      "UTC",
    ));
    expect(card.steps).toEqual([
      { grade: 1, deltaT: 0 },
      { grade: 3, deltaT: 0 },
      { grade: 3, deltaT: 1 },
      { grade: 2, deltaT: 4 },
    ]);
  });

  it("uses the student's calendar: 23:30 and 00:30 in Berlin are a day apart, the same instants in UTC are not", () => {
    // Berlin is UTC+1 on 28 March 2026 (summer time starts on the 29th).
    const log = [review("a", "2026-03-28T22:30:00Z", "good", "new"), review("a", "2026-03-28T23:30:00Z", "good", "learning")];
    expect(only(cardHistories(log, "Europe/Berlin")).steps.map((s) => s.deltaT)).toEqual([0, 1]);
    expect(only(cardHistories(log, "UTC")).steps.map((s) => s.deltaT)).toEqual([0, 0]);
  });

  it("groups by card and orders each card by time, whatever order the rows came in", () => {
    const histories = cardHistories(
      [review("b", "2026-05-03T09:00:00Z"), review("a", "2026-05-01T09:00:00Z", "good", "new"), review("b", "2026-05-01T09:00:00Z", "easy", "new"), review("a", "2026-05-02T09:00:00Z")],
      "UTC",
    );
    expect(histories.map((h) => h.cardId)).toEqual(["b", "a"]);
    expect(histories[0]?.steps).toEqual([
      { grade: 4, deltaT: 0 },
      { grade: 3, deltaT: 2 },
    ]);
  });

  it("keeps a card's history from its last run of new/learning reviews (a reset card starts over)", () => {
    const states: SrsState[] = ["new", "learning", "review", "relearning", "review", "new", "learning", "review"];
    const log = states.map((s, i) => review("a", `2026-05-0${i + 1}T09:00:00Z`, i === 3 ? "again" : "good", s));
    const card = only(cardHistories(log, "UTC"));
    expect(card.steps).toEqual([
      { grade: 3, deltaT: 0 },
      { grade: 3, deltaT: 1 },
      { grade: 3, deltaT: 1 },
    ]);
  });

  it("drops a card whose log never shows it being learned", () => {
    expect(cardHistories([review("a", "2026-05-01T09:00:00Z"), review("a", "2026-05-03T09:00:00Z")], "UTC")).toEqual([]);
  });
});

describe("trainingItems", () => {
  const history: CardHistory = {
    cardId: "a",
    steps: [
      { grade: 3, deltaT: 0 },
      { grade: 3, deltaT: 0 },
      { grade: 3, deltaT: 1 },
      { grade: 1, deltaT: 0 },
      { grade: 3, deltaT: 3 },
    ],
  };

  it("makes one item per later review holding the history up to it, once a review a day or more apart is in it", () => {
    expect(trainingItems(history).map((item) => item.length)).toEqual([3, 4, 5]);
    expect(trainingItems(history)[2]).toEqual(history.steps);
  });

  it("makes nothing from a single review or from same-day reviews only", () => {
    expect(trainingItems({ cardId: "a", steps: [{ grade: 3, deltaT: 0 }] })).toEqual([]);
    expect(trainingItems({ cardId: "a", steps: [{ grade: 1, deltaT: 0 }, { grade: 3, deltaT: 0 }] })).toEqual([]);
  });

  it("scores only reviews a day or more after the previous one", () => {
    expect(scorableReviews(history)).toBe(2);
  });
});

describe("splitCards", () => {
  const cards = (n: number): CardHistory[] => Array.from({ length: n }, (_, i) => ({ cardId: `card-${i}`, steps: [{ grade: 3, deltaT: 0 }] }));

  it("hashes ids with 32-bit FNV-1a", () => {
    expect(cardHash("")).toBe(0x811c9dc5);
    expect(cardHash("a")).toBe(0xe40c292c);
  });

  it("holds out a fifth of the cards, the same ones whatever the input order", () => {
    const all = cards(10);
    const { train, heldOut } = splitCards(all, 0.2);
    expect(heldOut).toHaveLength(2);
    expect(train).toHaveLength(8);
    expect(new Set([...train, ...heldOut].map((c) => c.cardId)).size).toBe(10);
    const reversed = splitCards([...all].reverse(), 0.2);
    expect(reversed.heldOut.map((c) => c.cardId).sort()).toEqual(heldOut.map((c) => c.cardId).sort());
    // The lowest hashes are held out.
    const threshold = Math.max(...heldOut.map((c) => cardHash(c.cardId)));
    expect(train.every((c) => cardHash(c.cardId) > threshold)).toBe(true);
  });

  it("holds out at least one card when there are two, none when there is one", () => {
    expect(splitCards(cards(2), 0.2).heldOut).toHaveLength(1);
    expect(splitCards(cards(1), 0.2)).toEqual({ train: cards(1), heldOut: [] });
  });
});
