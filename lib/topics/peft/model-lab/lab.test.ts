import { describe, expect, it } from "vitest";
import { fullAdamBytes, loraModelParams } from "@/lib/topics/peft/compute";
import { shippedModelsContext } from "@/test/lm/shipped-models";
import { runPeftModelLab, type PeftModelSnapshot } from "./lab";
import { DEFAULT_PEFT_MODEL_SETTINGS, validatePeftModelSettings } from "./settings";
import { NEW_TEXT_HELD_OUT, NEW_TEXT_TRAIN } from "./texts";

async function run(steps: number) {
  const snapshots: PeftModelSnapshot[] = [];
  for await (const update of runPeftModelLab({ ...DEFAULT_PEFT_MODEL_SETTINGS, steps }, shippedModelsContext())) snapshots.push(update.data);
  return snapshots;
}

// Two fine-tunes of 40 steps on 128 characters each: several seconds in Node.
describe("the PEFT lab on the course model", { timeout: 120_000 }, () => {
  const done = run(40);

  it("first counts what each method trains, from the optimisers and from lib/compute", async () => {
    const first = (await done)[0]!;
    expect(first.curve).toEqual([]);
    const [full, lora] = first.methods;
    expect(full!.trainable).toBe(first.baseParams);
    expect(full!.fromFormula).toBe(first.baseParams);
    // r = 4 on W_q and W_v (96 × 96) of 3 layers: peft.lora_model_params
    expect(lora!.trainable).toBe(loraModelParams({ layers: 3, matricesPerLayer: 2, d: 96, k: 96, r: 4 }).value);
    expect(lora!.fromFormula).toBe(lora!.trainable);
    expect(full!.momentBytes).toBe(8 * full!.trainable);
    expect(lora!.momentBytes).toBe(8 * lora!.trainable);
    expect(full!.mixedPrecisionBytes).toBe(fullAdamBytes({ params: first.baseParams }).value);
    expect(lora!.share).toBeLessThan(0.02);
  });

  it("lowers the loss on the new text with both methods, and LoRA forgets the course less", async () => {
    const last = (await done).at(-1)!;
    const base = last.evals.find((e) => e.method === "base")!;
    const end = (m: "full" | "lora") => last.evals.filter((e) => e.method === m).at(-1)!;
    for (const m of ["full", "lora"] as const) {
      expect(end(m).step).toBe(40);
      expect(end(m).newText).toBeLessThan(base.newText);
      expect(end(m).coursePerplexity).toBeGreaterThan(base.coursePerplexity);
    }
    expect(end("lora").coursePerplexity).toBeLessThan(end("full").coursePerplexity);
    expect(last.curve).toHaveLength(40);
    expect(last.curve.every((p) => p.full !== null && p.lora !== null)).toBe(true);
  });

  it("merges the adapters into weights that compute what the adapter path computes", async () => {
    const { mergeCheck } = (await done).at(-1)!;
    expect(mergeCheck!.projections).toBe(3 * 2 * 128);
    expect(mergeCheck!.maxAbsDiff).toBeLessThan(1e-5);
  });

  it("writes a sample from the base model and from each fine-tune, and the texts are disjoint", async () => {
    const samples = (await done).at(-1)!.samples;
    expect(samples.map((s) => s.method)).toEqual(["base", "full", "lora"]);
    for (const s of samples) expect(Array.from(s.text)).toHaveLength(100);
    expect(NEW_TEXT_TRAIN.includes(NEW_TEXT_HELD_OUT.slice(0, 30))).toBe(false);
  });

  it("refuses settings off the menu", () => {
    expect(() => validatePeftModelSettings({ ...DEFAULT_PEFT_MODEL_SETTINGS, rank: 3 })).toThrow(/not 3/);
    expect(() => validatePeftModelSettings({ ...DEFAULT_PEFT_MODEL_SETTINGS, targets: "mlp" as never })).toThrow(/not “mlp”/);
    expect(() => validatePeftModelSettings({ ...DEFAULT_PEFT_MODEL_SETTINGS, steps: 1000 })).toThrow(/not 1000/);
  });
});
