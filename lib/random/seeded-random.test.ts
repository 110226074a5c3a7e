import { describe, expect, it } from "vitest";
import { affinePermutation, hash32, mulberry32, shuffled } from "./seeded-random";

describe("seeded randomness", () => {
  it("is deterministic", () => {
    expect(hash32("swa-kv-cache")).toBe(hash32("swa-kv-cache"));
    const a = mulberry32(42);
    const b = mulberry32(42);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
    expect(shuffled([1, 2, 3, 4, 5], mulberry32(7))).toEqual(shuffled([1, 2, 3, 4, 5], mulberry32(7)));
  });

  it.each([1, 2, 7, 12, 360, 1000, 4096, 99991])("permutes [0, %i) without repeats", (n) => {
    const perm = affinePermutation(n, hash32(`t${n}`));
    const seen = new Set(Array.from({ length: n }, (_, k) => perm(k)));
    expect(seen.size).toBe(n);
    expect(Math.max(...seen)).toBe(n - 1);
  });

  it("stays exact for spaces near 2^31", () => {
    const n = 2 ** 31 - 1;
    const perm = affinePermutation(n, 123456789);
    const values = [0, 1, 2, n - 1, n - 2].map(perm);
    expect(new Set(values).size).toBe(5);
    values.forEach((v) => expect(Number.isInteger(v) && v >= 0 && v < n).toBe(true));
  });
});
