import { describe, expect, it } from "vitest";
import { ropeNtkBase, ropePiAngle } from "@/lib/topics/rope/compute";
import { applyRope } from "@/lib/lm/rope";
import { shippedModelsContext } from "@/test/lm/shipped-models";
import { runRopeModelLab, type RopeModelSnapshot } from "./lab";
import { DEFAULT_ROPE_MODEL_SETTINGS, validateRopeModelSettings } from "./settings";

async function run() {
  const snapshots: RopeModelSnapshot[] = [];
  for await (const update of runRopeModelLab(DEFAULT_ROPE_MODEL_SETTINGS, shippedModelsContext())) snapshots.push(update.data);
  return snapshots;
}

// Six position schemes at three lengths over 2,048 held-out characters: some seconds in Node.
describe("the RoPE lab on the course model", { timeout: 120_000 }, () => {
  const done = run();

  it("first shows the model's own first-layer score depending on the offset alone under RoPE, and not under learned positions", async () => {
    const first = (await done)[0]!;
    expect(first.variants.every((v) => v.perplexity.every((p) => p === null))).toBe(true);
    const { relative } = first;
    expect(relative.byPosition).toHaveLength(128 - relative.offset);
    expect(relative.ropeSpread).toBeLessThan(1e-4);
    expect(relative.learnedSpread).toBeGreaterThan(100 * relative.ropeSpread);
    // …and RoPE's score does change with the offset.
    const byOffset = relative.byOffset.map((p) => p.rope);
    expect(Math.max(...byOffset) - Math.min(...byOffset)).toBeGreaterThan(0.01);
  });

  it("rotates by the angles rope.pi_angle gives when positions are interpolated", () => {
    // One pair (2 dims), one head: rotating (1, 0) at position m by scale s lands at angle (m/s)·θ_0.
    const x = new Float64Array([1, 0]);
    applyRope(x, 1, 2, 1, 10000, 1, 4, 300);
    const expected = ropePiAngle({ m: 300, i: 0, d: 2, base: 10000, factor: 4 }).value;
    expect(Math.atan2(x[1]!, x[0]!)).toBeCloseTo(Math.atan2(Math.sin(expected), Math.cos(expected)), 10);
  });

  it("measures every scheme it can at 1×, 2× and 4×, with NTK bases from rope.ntk_base, and learned positions only at 1×", async () => {
    const last = (await done).at(-1)!;
    expect(last.ntkBases).toEqual([1, 2, 4].map((s) => ropeNtkBase({ base: 10000, factor: s, d: 24 }).value));
    for (const v of last.variants) {
      if (v.id === "learned") {
        expect(v.perplexity[0]).toBeGreaterThan(1);
        expect(v.perplexity.slice(1)).toEqual([null, null]);
      } else for (const p of v.perplexity) expect(p).toBeGreaterThan(1);
    }
    const rope = last.variants.find((v) => v.id === "rope")!;
    expect(rope.curve).toHaveLength(512 / 16);
  });

  it("shows plain RoPE degrading past its training length, NTK-aware scaling and a PI fine-tune recovering most of it, and PI alone not", async () => {
    const last = (await done).at(-1)!;
    const get = (id: string) => last.variants.find((v) => v.id === id)!;
    const rope = get("rope");
    // At 4× the positions past 128 are much worse than the trained ones …
    expect(rope.beyond[2]!).toBeGreaterThan(1.5 * rope.perplexity[0]!);
    // … NTK-aware scaling, without retraining, keeps them close at 2× and 4× …
    expect(get("ntk").beyond[1]!).toBeLessThan(rope.beyond[1]!);
    expect(get("ntk").beyond[2]!).toBeLessThan(rope.beyond[2]!);
    // … the PI fine-tune beats plain RoPE at the length (and scale) it was tuned for …
    expect(get("pi-tuned").beyond[1]!).toBeLessThan(rope.beyond[1]!);
    // … and interpolating without a fine-tune is worse than doing nothing (the PI paper fine-tunes for that reason).
    expect(get("pi").perplexity[1]!).toBeGreaterThan(rope.perplexity[1]!);
  });

  it("refuses settings it can't run, with a reason", () => {
    expect(() => validateRopeModelSettings({ ...DEFAULT_ROPE_MODEL_SETTINGS, pair: "e" })).toThrow(/exactly two characters/);
    expect(() => validateRopeModelSettings({ ...DEFAULT_ROPE_MODEL_SETTINGS, offset: 65 })).toThrow(/0 to 64/);
    expect(() => validateRopeModelSettings({ ...DEFAULT_ROPE_MODEL_SETTINGS, heldOutChars: 100 })).toThrow(/not 100/);
  });
});
