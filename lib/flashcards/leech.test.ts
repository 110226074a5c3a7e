import { describe, expect, it } from "vitest";
import { applyLeechRule, isLeech, LEECH_TAG, resetLeech, type LeechFlags } from "@/lib/flashcards/leech";

const clean: LeechFlags = { tags: ["rag"], suspended: false, lapseBaseline: 0 };

describe("leech rule", () => {
  it("tags and suspends on the lapse that reaches the threshold", () => {
    expect(applyLeechRule({ lapsesBefore: 6, lapsesAfter: 7, threshold: 8, flags: clean })).toEqual({ flags: clean, becameLeech: false });
    const hit = applyLeechRule({ lapsesBefore: 7, lapsesAfter: 8, threshold: 8, flags: clean });
    expect(hit).toEqual({ flags: { tags: ["rag", LEECH_TAG], suspended: true, lapseBaseline: 0 }, becameLeech: true });
    expect(isLeech(hit.flags)).toBe(true);
  });

  it("only acts after a lapse", () => {
    expect(applyLeechRule({ lapsesBefore: 9, lapsesAfter: 9, threshold: 8, flags: clean }).becameLeech).toBe(false);
  });

  it("does not tag twice", () => {
    const leech = { tags: [LEECH_TAG], suspended: false, lapseBaseline: 0 };
    expect(applyLeechRule({ lapsesBefore: 9, lapsesAfter: 10, threshold: 8, flags: leech })).toEqual({ flags: leech, becameLeech: false });
  });

  it("resetLeech clears the tag and suspension and counts lapses afresh", () => {
    const reset = resetLeech({ tags: ["rag", LEECH_TAG], suspended: true, lapseBaseline: 0 }, 8);
    expect(reset).toEqual({ tags: ["rag"], suspended: false, lapseBaseline: 8 });
    expect(applyLeechRule({ lapsesBefore: 8, lapsesAfter: 9, threshold: 8, flags: reset }).becameLeech).toBe(false);
    expect(applyLeechRule({ lapsesBefore: 15, lapsesAfter: 16, threshold: 8, flags: reset }).becameLeech).toBe(true);
  });
});
