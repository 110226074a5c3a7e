import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { splitCorpus } from "@/lib/lm/corpus-split";
import { evaluate } from "@/lib/lm/evaluate";
import { loadModel } from "@/lib/lm/loaded-model";
import type { LmManifest } from "@/lib/lm/manifest";
import { makeTrainer, trainStep } from "@/lib/lm/train-step";
import { readWeights } from "@/lib/lm/weight-file";
import { MODELS_DIR } from "@/test/lm/shipped-models";
import { RECIPES } from "./recipes";

const read = (name: string) => JSON.parse(readFileSync(path.join(MODELS_DIR, `${name}.json`), "utf8")) as LmManifest;
const base = read("base");
const { train, heldOut } = splitCorpus(readFileSync(path.join(MODELS_DIR, base.corpus.file), "utf8"));
const shipped = readdirSync(MODELS_DIR)
  .filter((f) => f.endsWith(".json"))
  .map((f) => f.slice(0, -".json".length))
  .sort();

describe("the shipped checkpoints", () => {
  it("are exactly the recipes, each with its weights of at most 2 MB", () => {
    expect(shipped).toEqual(RECIPES.map((r) => r.name).sort());
    for (const name of shipped) expect(read(name).weights.bytes).toBeLessThanOrEqual(2 * 1024 * 1024);
  });

  for (const name of shipped) {
    describe(name, () => {
      const manifest = read(name);
      const model = loadModel(manifest, new Uint8Array(readFileSync(path.join(MODELS_DIR, manifest.weights.file))));

      it("share base's corpus and vocabulary", () => {
        expect(manifest.corpus.sha256).toBe(base.corpus.sha256);
        expect(manifest.vocabulary).toEqual(base.vocabulary);
      });

      it("retrains its first recorded steps from the manifest's seed (and starting weights) to the same losses", () => {
        const { seed, steps, batch, learningRate, warmup, clip } = manifest.training;
        let initial: Float32Array | undefined;
        if (manifest.from) {
          const parent = readFileSync(path.join(MODELS_DIR, `${manifest.from.name}.bin`));
          // A fine-tune belongs to the parent checkpoint that ships beside it, byte for byte.
          expect(createHash("sha256").update(parent).digest("hex")).toBe(manifest.from.weightsSha256);
          initial = readWeights(new Uint8Array(parent), manifest.parameterCount);
        }
        const trainer = makeTrainer(manifest.config, { seed, steps, batch, learningRate, warmup, clip }, initial);
        const tokens = model.tokenizer.encode(train);
        expect(tokens.length).toBe(manifest.corpus.trainTokens);
        for (let s = 0; s < manifest.recordedFirst; s++) expect(trainStep(trainer, tokens)).toBe(manifest.losses[s]);
      });

      // The whole held-out text through the model: about 9,500 positions, a few seconds.
      it("reproduces the manifest's held-out perplexity from the shipped weights", { timeout: 60_000 }, () => {
        const tokens = model.tokenizer.encode(heldOut);
        expect(tokens.length).toBe(manifest.corpus.heldOutTokens);
        const result = evaluate(model.params, manifest.config, tokens);
        expect(result.predictions).toBe(manifest.heldOut.predictions);
        expect(Math.abs(result.perplexity / manifest.heldOut.perplexity - 1)).toBeLessThan(1e-4);
      });
    });
  }
});
