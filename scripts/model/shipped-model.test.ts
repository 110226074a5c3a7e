import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { evaluate } from "@/lib/lm/evaluate";
import { vocabularyOf, type LmManifest } from "@/lib/lm/manifest";
import { bindParams } from "@/lib/lm/params";
import { makeTokenizer } from "@/lib/lm/tokenizer";
import { makeTrainer, trainStep } from "@/lib/lm/train-step";
import { readWeights } from "@/lib/lm/weight-file";
import { splitCorpus } from "@/lib/lm/corpus-split";

const models = path.join(import.meta.dirname, "../../public/models");
const manifest = JSON.parse(readFileSync(path.join(models, "base.json"), "utf8")) as LmManifest;
const { train, heldOut } = splitCorpus(readFileSync(path.join(models, manifest.corpus.file), "utf8"));
const tokenizer = makeTokenizer(vocabularyOf(manifest));

describe("the shipped base model", () => {
  it("retrains its first recorded steps from the manifest's seed to the same losses", () => {
    const { seed, steps, batch, learningRate, warmup, clip } = manifest.training;
    const trainer = makeTrainer(manifest.config, { seed, steps, batch, learningRate, warmup, clip });
    const tokens = tokenizer.encode(train);
    expect(tokens.length).toBe(manifest.corpus.trainTokens);
    for (let s = 0; s < manifest.recordedFirst; s++) expect(trainStep(trainer, tokens)).toBe(manifest.losses[s]);
  });

  // The whole held-out text through the full model: about 18,000 positions, several seconds.
  it("reproduces the manifest's held-out perplexity from the shipped weights", { timeout: 60_000 }, () => {
    const bytes = new Uint8Array(readFileSync(path.join(models, manifest.weights.file)));
    expect(bytes.length).toBe(manifest.weights.bytes);
    expect(bytes.length).toBeLessThanOrEqual(2 * 1024 * 1024);
    const params = bindParams(manifest.config, readWeights(bytes, manifest.parameterCount));
    const tokens = tokenizer.encode(heldOut);
    expect(tokens.length).toBe(manifest.corpus.heldOutTokens);
    const result = evaluate(params, manifest.config, tokens);
    expect(result.predictions).toBe(manifest.heldOut.predictions);
    expect(Math.abs(result.perplexity / manifest.heldOut.perplexity - 1)).toBeLessThan(1e-4);
  });
});
