import { describe, expect, it } from "vitest";
import { adapterParams, loraModelParams, loraParams } from "@/lib/topics/peft/compute";
import { makeRng } from "@/lib/labs/seeded-rng";
import { Adam } from "./adam";
import { lossAndGrad, predictAll, type Dataset } from "./forward-backward";
import { DEFAULT_PEFT_SETTINGS, mergeCheck, runPeftLab, type PeftSettings, type PeftSnapshot } from "./lab";
import { addAdapters, addLora, adapterParamList, allParams, baseParamList, loraParamList, makeNet } from "./network";
import { baseParameterCount, formulaCounts } from "./param-counts";

const shape = { inputDim: 8, width: 32, hiddenLayers: 2 };

function dataset(seed: number, n: number): Dataset {
  const rng = makeRng(seed);
  return {
    n,
    inputDim: shape.inputDim,
    x: Float64Array.from({ length: n * shape.inputDim }, () => rng.normal()),
    y: Float64Array.from({ length: n }, () => rng.normal()),
  };
}

function finalSnapshot(settings: PeftSettings): PeftSnapshot {
  let last: PeftSnapshot | null = null;
  for (const update of runPeftLab(settings)) last = update.data;
  if (!last) throw new Error("the lab yielded nothing");
  return last;
}

describe("LoRA starts exactly at W₀", () => {
  it("B = 0 gives bit-identical outputs to the pretrained net before any training", () => {
    const base = makeNet(shape, makeRng(1));
    const withLora = addLora(base, 4, 8, makeRng(2));
    expect(withLora.lora!.every((p) => p.b.value.every((v) => v === 0))).toBe(true);
    expect(withLora.lora!.some((p) => p.a.value.some((v) => v !== 0))).toBe(true);
    const data = dataset(3, 50);
    expect(Array.from(predictAll(withLora, data))).toEqual(Array.from(predictAll(base, data)));
  });
});

describe("merging (α/r)·B·A into W₀", () => {
  it("gives the same outputs: ~1e-15 in float64, ~1e-6 in float32", () => {
    const net = addLora(makeNet(shape, makeRng(4)), 4, 8, makeRng(5));
    const rng = makeRng(6);
    for (const p of net.lora!) for (let i = 0; i < p.b.value.length; i++) p.b.value[i] = 0.3 * rng.normal();
    const check = mergeCheck(net, dataset(7, 100));
    expect(check.maxAbsOutput).toBeGreaterThan(0.1);
    expect(check.maxAbsDiffFloat64).toBeLessThan(1e-12);
    expect(check.maxAbsDiffFloat32).toBeLessThan(1e-5);
  });
});

describe("trainable parameter counts", () => {
  for (const [r, m] of [
    [1, 1],
    [4, 4],
    [8, 16],
    [32, 32],
  ] as const) {
    it(`r = ${r}, m = ${m}: lib/compute equals the optimiser's parameter list`, () => {
      const base = makeNet(shape, makeRng(1));
      const lora = new Adam(loraParamList(addLora(base, r, 2 * r, makeRng(2))), 1e-3);
      const adapter = new Adam(adapterParamList(addAdapters(base, m, makeRng(3))), 1e-3);
      const full = new Adam(allParams(base), 1e-3);
      expect(lora.parameterCount()).toBe(loraModelParams({ layers: 2, matricesPerLayer: 1, d: 32, k: 32, r }).value);
      expect(lora.parameterCount()).toBe(2 * loraParams({ d: 32, k: 32, r }).value);
      expect(adapter.parameterCount()).toBe(2 * adapterParams({ d: 32, m }).value);
      expect(full.parameterCount()).toBe(baseParameterCount(shape));
      const counts = formulaCounts(shape, r, m);
      expect(counts.map((c) => c.fromFormula)).toEqual([full.parameterCount(), lora.parameterCount(), adapter.parameterCount()]);
    });
  }

  it("the optimiser moves exactly its list: W₀ stays bit-identical under LoRA and adapters", () => {
    const net = addAdapters(addLora(makeNet(shape, makeRng(1)), 4, 8, makeRng(2)), 4, makeRng(3));
    const frozenBefore = baseParamList(net).map((p) => Float64Array.from(p.value));
    const trainable = [...loraParamList(net), ...adapterParamList(net)];
    const trainableBefore = trainable.map((p) => Float64Array.from(p.value));
    const opt = new Adam(trainable, 1e-2);
    const data = dataset(4, 32);
    for (let s = 0; s < 5; s++) {
      lossAndGrad(net, data, [0, 1, 2, 3, 4, 5, 6, 7]);
      opt.step();
    }
    baseParamList(net).forEach((p, k) => expect(Array.from(p.value)).toEqual(Array.from(frozenBefore[k]!)));
    trainable.forEach((p, k) => expect(Array.from(p.value)).not.toEqual(Array.from(trainableBefore[k]!)));
  });
});

describe("runPeftLab", () => {
  const quick: PeftSettings = { ...DEFAULT_PEFT_SETTINGS, pretrainSteps: 100, steps: 20 };

  it("first yield comes during pretraining with the formula counts already filled in", () => {
    const first = runPeftLab(DEFAULT_PEFT_SETTINGS).next();
    expect(first.done).toBe(false);
    if (first.done) return;
    const data = first.value.data;
    expect(data.phase).toBe("pretrain");
    expect(first.value.progress).toBeGreaterThan(0);
    expect(first.value.progress).toBeLessThan(0.5);
    expect(data.pretrainCurve.map((p) => p.step)).toEqual([0, 25]);
    expect(data.counts.map((c) => c.method)).toEqual(["full", "lora", "adapter"]);
    expect(data.counts.every((c) => c.fromOptimiser === null)).toBe(true);
    expect(data.fineTuneCurve).toEqual([]);
    expect(data.merge).toBeNull();
  });

  it("final snapshot: counts agree, LoRA started at W₀, merge is exact, W₀ is kept", () => {
    const s = finalSnapshot(quick);
    expect(s.phase).toBe("done");
    for (const c of s.counts) expect(c.fromOptimiser).toBe(c.fromFormula);
    expect(s.counts.map((c) => c.fromFormula)).toEqual([2433, 512, 584]);
    expect(s.loraStartDiff).toBe(0);
    const start = s.fineTuneCurve[0]!;
    expect(start.step).toBe(0);
    expect(start.lora).toBe(start.full);
    expect(start.adapter).toBe(start.full);
    expect(s.fineTuneCurve.at(-1)!.step).toBe(20);
    expect(s.merge!.maxAbsDiffFloat32).toBeLessThan(1e-5);
    expect(s.merge!.maxAbsDiffFloat64).toBeLessThan(1e-12);
    expect(s.taskA!.loraRemoved).toBe(s.taskA!.before);
    expect(s.taskA!.adapterRemoved).toBe(s.taskA!.before);
    expect(s.deltaFull).toHaveLength(32 * 32);
    expect(s.deltaLora).toHaveLength(32 * 32);
  }, 30_000);

  it("is deterministic for a seed, and the seed matters", () => {
    const a = finalSnapshot(quick);
    expect(finalSnapshot(quick)).toEqual(a);
    expect(finalSnapshot({ ...quick, seed: 2 }).fineTuneCurve).not.toEqual(a.fineTuneCurve);
  }, 30_000);

  it("rejects settings it cannot run with a clear message", () => {
    expect(() => runPeftLab({ ...quick, rank: 0 }).next()).toThrow(/LoRA rank r must be a whole number from 1 to 32/);
    expect(() => runPeftLab({ ...quick, rank: 33 }).next()).toThrow(/LoRA rank/);
    expect(() => runPeftLab({ ...quick, learningRate: Number.NaN }).next()).toThrow(/Learning rate/);
    expect(() => runPeftLab({ ...quick, adapterSize: 2.5 }).next()).toThrow(/Adapter size m/);
  });
});
