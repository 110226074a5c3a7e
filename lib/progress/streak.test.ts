import { describe, expect, it } from "vitest";
import { studyStreak } from "./streak";

describe("studyStreak", () => {
  it("merges review days and quiz days, counting a day with both once", () => {
    const reviews = ["2026-03-01", "2026-03-02", "2026-03-04"];
    const quizzes = ["2026-03-02", "2026-03-03", "2026-03-04"];
    const s = studyStreak([reviews, quizzes], "2026-03-04");
    expect(s).toMatchObject({ current: 4, longest: 4, studiedToday: true });
  });

  it("keeps the streak alive through today until the day is over", () => {
    const s = studyStreak([["2026-03-02", "2026-03-03"]], "2026-03-04");
    expect(s).toMatchObject({ current: 2, studiedToday: false });
  });

  it("breaks the streak after a whole day without study, keeping the longest", () => {
    const s = studyStreak([["2026-02-01", "2026-02-02", "2026-02-03"], ["2026-03-02"]], "2026-03-04");
    expect(s).toMatchObject({ current: 0, longest: 3, studiedToday: false });
  });

  it("ignores days after today and handles no activity", () => {
    expect(studyStreak([["2026-03-05"]], "2026-03-04")).toMatchObject({ current: 0, longest: 0 });
    expect(studyStreak([], "2026-03-04")).toMatchObject({ current: 0, longest: 0, studiedToday: false });
  });

  it("lists the recent days oldest first, across a month end", () => {
    const s = studyStreak([["2026-02-28", "2026-03-01"]], "2026-03-02", 4);
    expect(s.recent).toEqual([
      { date: "2026-02-27", studied: false },
      { date: "2026-02-28", studied: true },
      { date: "2026-03-01", studied: true },
      { date: "2026-03-02", studied: false },
    ]);
  });
});
