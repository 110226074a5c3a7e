import { describe, expect, it } from "vitest";
import { makeRng } from "@/lib/labs/seeded-rng";
import { dot, norm, rotate, rotatedScore, ropeThetas } from "./rotary";

const rng = makeRng(42);
const vector = (d: number) => Array.from({ length: d }, () => rng.normal());

describe("ropeThetas", () => {
  it("is base^(−2i/d): 1 for the first pair, 1/100 for the second at d = 4, base 10,000", () => {
    const t = ropeThetas(4, 10_000);
    expect(t).toHaveLength(2);
    expect(t[0]).toBe(1);
    expect(t[1]).toBeCloseTo(0.01, 15);
  });
});

describe("rotate", () => {
  it("turns an interleaved pair (2i, 2i+1) counter-clockwise by position·θ_i", () => {
    // d = 2, θ_0 = 1: position π/2 turns (1, 0) into (0, 1).
    const [x, y] = rotate([1, 0], Math.PI / 2, [1]);
    expect(x).toBeCloseTo(0, 15);
    expect(y).toBeCloseTo(1, 15);
  });

  it("is the identity at position 0", () => {
    const q = vector(16);
    expect(rotate(q, 0, ropeThetas(16, 10_000))).toEqual(q);
  });

  it("preserves norms (it is a rotation in each pair)", () => {
    for (const d of [8, 64, 128]) {
      const thetas = ropeThetas(d, 10_000);
      for (let t = 0; t < 50; t++) {
        const q = vector(d);
        const m = rng.int(1_000_000);
        expect(Math.abs(norm(rotate(q, m, thetas)) - norm(q))).toBeLessThan(1e-9);
      }
    }
  });

  it("relative property: q_m·k_n = q_{m+s}·k_{n+s} to 1e-6 for many random m, n, s (float64)", () => {
    for (const [d, base] of [
      [8, 10_000],
      [64, 10_000],
      [128, 500_000],
    ] as const) {
      const thetas = ropeThetas(d, base);
      for (let t = 0; t < 300; t++) {
        const q = vector(d);
        const k = vector(d);
        const m = rng.int(100_000);
        const n = rng.int(100_000);
        const s = rng.int(100_000);
        expect(Math.abs(rotatedScore(q, k, m, n, thetas) - rotatedScore(q, k, m + s, n + s, thetas))).toBeLessThan(1e-6);
      }
    }
  });

  it("q_m·k_n equals q·(k rotated by n − m): the score sees only the offset", () => {
    const thetas = ropeThetas(32, 10_000);
    const q = vector(32);
    const k = vector(32);
    expect(rotatedScore(q, k, 700, 123, thetas)).toBeCloseTo(dot(q, rotate(k, 123 - 700, thetas)), 9);
  });

  it("Position Interpolation divides every angle by the factor: position m with factor f turns like m/f", () => {
    const thetas = ropeThetas(64, 10_000);
    const q = vector(64);
    const withPi = rotate(q, 8192, thetas, 4);
    const plain = rotate(q, 2048, thetas);
    withPi.forEach((v, j) => expect(v).toBeCloseTo(plain[j]!, 12));
  });
});
