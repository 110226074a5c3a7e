import { describe, expect, it } from "vitest";
import { attemptDeadline, describeTimeLeft, effectiveWindow, windowState } from "./quiz-window";

const d = (day: number, hour = 0) => new Date(Date.UTC(2026, 11, day, hour));

describe("effective window", () => {
  const quiz = { opensAt: d(10), closesAt: d(20) };
  it("is the quiz's own without team dates", () => {
    expect(effectiveWindow(quiz, [])).toEqual(quiz);
    expect(effectiveWindow(quiz, [{ opensAt: null, closesAt: null }])).toEqual(quiz);
  });
  it("takes a team's dates over the quiz's", () => {
    expect(effectiveWindow(quiz, [{ opensAt: d(12), closesAt: null }])).toEqual({ opensAt: d(12), closesAt: d(20) });
  });
  it("gives a member of several teams the earliest opening and the latest closing", () => {
    expect(effectiveWindow(quiz, [{ opensAt: d(12), closesAt: d(15) }, { opensAt: d(11), closesAt: d(25) }])).toEqual({ opensAt: d(11), closesAt: d(25) });
  });
  it("treats no date as the widest", () => {
    expect(effectiveWindow({ opensAt: null, closesAt: null }, [{ opensAt: d(12), closesAt: d(15) }, { opensAt: null, closesAt: null }])).toEqual({ opensAt: null, closesAt: null });
  });
});

describe("window state", () => {
  const w = { opensAt: d(10), closesAt: d(20) };
  it("is upcoming, open, then closed at the close instant", () => {
    expect(windowState(w, d(9))).toEqual({ state: "upcoming", opensAt: d(10) });
    expect(windowState(w, d(10))).toEqual({ state: "open", closesAt: d(20) });
    expect(windowState(w, d(20))).toEqual({ state: "closed", closedAt: d(20) });
    expect(windowState({ opensAt: null, closesAt: null }, d(1))).toEqual({ state: "open", closesAt: null });
  });
});

describe("attempt deadline", () => {
  it("is the time limit or the close, whichever comes first", () => {
    expect(attemptDeadline(d(10, 10), 3600, d(20))).toEqual(d(10, 11));
    expect(attemptDeadline(d(19, 23), 7200, d(20))).toEqual(d(20));
    expect(attemptDeadline(d(10), null, d(20))).toEqual(d(20));
    expect(attemptDeadline(d(10), 60, null)).toEqual(new Date(d(10).getTime() + 60_000));
    expect(attemptDeadline(d(10), null, null)).toBeNull();
  });
});

describe("time left", () => {
  it("reads naturally at every scale", () => {
    expect(describeTimeLeft(d(1), new Date(d(1).getTime() + 30_000))).toBe("less than a minute");
    expect(describeTimeLeft(d(1), new Date(d(1).getTime() + 12 * 60_000))).toBe("12 min");
    expect(describeTimeLeft(d(1), new Date(d(1).getTime() + 320 * 60_000))).toBe("5 h 20 min");
    expect(describeTimeLeft(d(1), d(1, 5))).toBe("5 h");
    expect(describeTimeLeft(d(1), d(4))).toBe("3 days");
  });
});
