import { default_w } from "ts-fsrs";
import { describe, expect, it } from "vitest";
import type { CardHistory } from "./optimize-items";
import { logLoss } from "./optimize-log-loss";

/** The default weights with initial stabilities of 1, 2, 3 and 4 days for Again, Hard, Good and Easy. */
const W = [1, 2, 3, 4, ...default_w.slice(4)];
const DECAY = -(W[20] ?? Number.NaN);
const FACTOR = 0.9 ** (1 / DECAY) - 1;

function card(cardId: string, ...steps: [grade: 1 | 2 | 3 | 4, deltaT: number][]): CardHistory {
  return { cardId, steps: steps.map(([grade, deltaT]) => ({ grade, deltaT })) };
}

describe("logLoss", () => {
  it("scores a review after exactly the stability's days at 90 % recall: −ln 0.1 for a miss, −ln 0.9 for a hit", () => {
    const missed = card("a", [1, 0], [1, 1]); // Again → S = 1 day; Again again after 1 day.
    const recalled = card("b", [3, 0], [3, 3]); // Good → S = 3 days; Good after 3 days.
    expect(logLoss([missed], W, []).logLoss).toBeCloseTo(-Math.log(0.1), 6); // 2.302585
    expect(logLoss([recalled], W, []).logLoss).toBeCloseTo(-Math.log(0.9), 6); // 0.105361
    const both = logLoss([missed, recalled], W, []);
    expect(both.reviews).toBe(2);
    expect(both.logLoss).toBeCloseTo((2.302585 + 0.105361) / 2, 5); // 1.203973
  });

  it("follows the FSRS-6 forgetting curve between those points", () => {
    // Good → S = 3; recalled 6 days later: R = (1 + FACTOR · 6/3)^DECAY ≈ 0.846.
    const r = (1 + FACTOR * 2) ** DECAY;
    expect(r).toBeCloseTo(0.846, 3);
    expect(logLoss([card("a", [3, 0], [3, 6])], W, []).logLoss).toBeCloseTo(-Math.log(r), 6);
    expect(logLoss([card("a", [3, 0], [1, 6])], W, []).logLoss).toBeCloseTo(-Math.log(1 - r), 6);
  });

  it("does not score first or same-day reviews, and says so when there is nothing to score", () => {
    expect(logLoss([card("a", [3, 0], [1, 0], [3, 0])], W, [])).toEqual({ logLoss: null, reviews: 0 });
    expect(logLoss([], W, [])).toEqual({ logLoss: null, reviews: 0 });
    // A same-day Again still lowers the stability (short-term memory), so the recall three days
    // later was less likely than 90 % and costs more than −ln 0.9.
    const withSameDay = logLoss([card("a", [3, 0], [1, 0], [3, 3])], W, []);
    expect(withSameDay.reviews).toBe(1);
    expect(withSameDay.logLoss).toBeGreaterThan(-Math.log(0.9) + 0.01);
  });

  it("uses ts-fsrs' defaults when there are no personal parameters", () => {
    const history = [card("a", [3, 0], [3, 2], [1, 5], [3, 1])];
    expect(logLoss(history, null, ["10m"])).toEqual(logLoss(history, default_w, ["10m"]));
  });
});
