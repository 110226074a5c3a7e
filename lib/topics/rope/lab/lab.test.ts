import { describe, expect, it } from "vitest";
import { ropeAngle, ropePiAngle, ropeTheta, ropeWavelength } from "@/lib/topics/rope/compute";
import { DEFAULT_ROPE_SETTINGS, runRopeLab, type RopeSettings, type RopeSnapshot } from "./lab";

// No training happens in this lab, so there are no gradients to check against finite differences.

function collect(settings: RopeSettings): RopeSnapshot[] {
  return [...runRopeLab(settings)].map((u) => u.data);
}

const small: RopeSettings = { ...DEFAULT_ROPE_SETTINGS, d: 16, maxOffset: 64, trials: 300 };

describe("runRopeLab", () => {
  it("yields the rotated scores first, then a complete final snapshot", () => {
    const gen = runRopeLab(DEFAULT_ROPE_SETTINGS);
    const first = gen.next();
    expect(first.done).toBe(false);
    if (first.done) return;
    const f = first.value.data;
    expect(f.q).toHaveLength(64);
    expect(f.pairs).toHaveLength(32);
    expect(f.offsets).toHaveLength(0);
    expect(f.trials.done).toBe(0);
    expect(Number.isFinite(f.scores.atMN)).toBe(true);

    const all = collect(DEFAULT_ROPE_SETTINGS);
    const last = all.at(-1)!;
    expect(last.offsets).toHaveLength(2 * 256 + 1);
    expect(last.offsets[0]).toBe(-256);
    expect(last.offsets.at(-1)).toBe(256);
    expect(last.scoreByOffset).toHaveLength(513);
    expect(last.piScoreByOffset).toHaveLength(513);
    expect(last.selfScoreByOffset).toHaveLength(513);
    expect(last.trials.done).toBe(DEFAULT_ROPE_SETTINGS.trials);
    const progress = [...runRopeLab(DEFAULT_ROPE_SETTINGS)].map((u) => u.progress);
    expect(progress.at(-1)).toBe(1);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  });

  it("is deterministic for a seed and changes with it", () => {
    expect(collect(small)).toEqual(collect(small));
    expect(collect({ ...small, seed: 2 }).at(-1)!.q).not.toEqual(collect(small).at(-1)!.q);
  });

  it("shows equal scores at (m, n) and (m + s, n + s), with and without interpolation", () => {
    const { scores } = collect(small).at(-1)!;
    expect(Math.abs(scores.atMN - scores.atShifted)).toBeLessThan(1e-6);
    expect(Math.abs(scores.piAtMN - scores.piAtShifted)).toBeLessThan(1e-6);
    expect(Math.abs(scores.atMN - scores.unrotated)).toBeGreaterThan(1e-6);
  });

  it("finds the relative property and norm preservation on every random draw", () => {
    const { trials, norms } = collect({ ...small, d: 128, base: 500_000 }).at(-1)!;
    expect(trials.maxRelativeGap).toBeLessThan(1e-6);
    expect(trials.maxNormGap).toBeLessThan(1e-9);
    expect(Math.abs(norms.qRotated - norms.q)).toBeLessThan(1e-12);
    expect(Math.abs(norms.kRotated - norms.k)).toBeLessThan(1e-12);
  });

  it("q·q peaks at offset 0, where it is ‖q‖²", () => {
    const last = collect(small).at(-1)!;
    const zero = last.offsets.indexOf(0);
    const norm2 = last.q.reduce((a, x) => a + x * x, 0);
    expect(last.selfScoreByOffset[zero]).toBeCloseTo(norm2, 9);
    expect(Math.max(...last.selfScoreByOffset)).toBeCloseTo(norm2, 9);
  });

  it("stretches the offset curve by the interpolation factor", () => {
    const last = collect({ ...small, piFactor: 4 }).at(-1)!;
    // With factor 4, offset 4δ scores like plain offset δ.
    for (const delta of [-16, -3, 1, 7, 16]) {
      const pi = last.piScoreByOffset[last.offsets.indexOf(4 * delta)]!;
      const plain = last.scoreByOffset[last.offsets.indexOf(delta)]!;
      expect(pi).toBeCloseTo(plain, 9);
    }
  });

  it("rejects settings it cannot use, with a message", () => {
    expect(() => collect({ ...small, d: 15 })).toThrow(/even/);
    expect(() => collect({ ...small, base: 1 })).toThrow(/greater than 1/);
    expect(() => collect({ ...small, m: 3, shift: -5 })).toThrow(/must not be negative/);
    expect(() => collect({ ...small, piFactor: 0.5 })).toThrow(/interpolation factor/);
    expect(() => collect({ ...small, pair: 8 })).toThrow(/pair/);
  });
});

describe("the lab's θ, angle, wavelength and PI angle agree with lib/compute", () => {
  for (const [d, base, m, factor] of [
    [64, 10_000, 12, 4],
    [128, 500_000, 32_768, 16],
    [8, 123_456.5, 0, 1],
  ] as const) {
    it(`d = ${d}, base ${base}, m = ${m}, factor ${factor}`, () => {
      const last = collect({ ...small, d, base, m, piFactor: factor, trials: 1 }).at(-1)!;
      expect(last.pairs).toHaveLength(d / 2);
      expect(last.libraryMaxRelError).toBeLessThan(1e-12);
      for (const p of last.pairs) {
        const args = { i: p.i, d, base };
        expect(p.thetaLib).toBe(ropeTheta(args).value);
        expect(p.theta).toBeCloseTo(p.thetaLib, 15);
        expect(p.wavelength / ropeWavelength(args).value).toBeCloseTo(1, 12);
        expect(p.angle).toBeCloseTo(ropeAngle({ ...args, m }).value, 9);
        expect(p.piAngle).toBeCloseTo(ropePiAngle({ ...args, m, factor }).value, 9);
        // Position Interpolation divides the angle by the factor.
        expect(p.piAngle * factor).toBeCloseTo(p.angle, 9);
      }
    });
  }
});
