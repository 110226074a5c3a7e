import { describe, expect, it } from "vitest";
import { mulberry32 } from "@/lib/random/seeded-random";
import { pickLeastSeen } from "./pick-least-seen";

const items = ["a", "b", "c", "d", "e"].map((key) => ({ key }));

describe("pickLeastSeen", () => {
  it("prefers templates seen least", () => {
    const seen = new Map([
      ["a", 3],
      ["b", 0],
      ["c", 1],
      ["d", 0],
      ["e", 2],
    ]);
    const picked = pickLeastSeen(items, seen, 3, mulberry32(1)).map((i) => i.key);
    expect(picked.slice(0, 2).sort()).toEqual(["b", "d"]);
    expect(picked[2]).toBe("c");
  });

  it("uses every template before repeating one", () => {
    const picked = pickLeastSeen(items, new Map(), 7, mulberry32(2)).map((i) => i.key);
    expect(new Set(picked.slice(0, 5)).size).toBe(5);
    expect(picked).toHaveLength(7);
  });

  it("handles empty input", () => {
    expect(pickLeastSeen([], new Map(), 3, mulberry32(3))).toEqual([]);
  });
});
