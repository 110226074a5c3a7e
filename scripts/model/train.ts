/**
 * npm run model:train [-- --steps N --date YYYY-MM-DD --out DIR]
 *
 * Assembles the course corpus, trains the base character model from a fixed seed, evaluates it
 * on the held-out lines and writes DIR/base.bin + DIR/base.json (DIR = public/models). The same
 * seed and settings give bit-identical losses in Node.
 */
import { createHash } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { baseConfig } from "@/lib/lm/config";
import { evaluate } from "@/lib/lm/evaluate";
import type { LmManifest } from "@/lib/lm/manifest";
import { parameterCount } from "@/lib/lm/params";
import { buildVocabulary, makeTokenizer, vocabularySize } from "@/lib/lm/tokenizer";
import { makeTrainer, trainStep, type TrainSettings } from "@/lib/lm/train-step";
import { writeWeights } from "@/lib/lm/weight-file";
import { writeCorpus } from "./build-corpus";
import { HELD_OUT_EVERY, splitCorpus } from "./corpus";

/**
 * About 22 minutes on one core here: 1,200 steps × 8 sequences × 128 tokens ≈ 8 passes over the
 * training text (400 steps, a third of the time, left held-out perplexity at 10.8 instead of 4.7).
 */
const BASE_SETTINGS: TrainSettings = { seed: 20261205, steps: 1200, batch: 8, learningRate: 3e-3, warmup: 20, clip: 1 };
const RECORDED_FIRST = 2;

const { values: args } = parseArgs({
  options: { steps: { type: "string" }, date: { type: "string" }, out: { type: "string" } },
});
const outDir = args.out ?? "public/models";
const settings: TrainSettings = { ...BASE_SETTINGS, steps: args.steps ? Number(args.steps) : BASE_SETTINGS.steps };
const date = args.date ?? new Date().toISOString().slice(0, 10);

mkdirSync(outDir, { recursive: true });
const corpus = writeCorpus(path.join(outDir, "corpus.txt"));
const sha256 = createHash("sha256").update(corpus, "utf8").digest("hex");
const { train, heldOut } = splitCorpus(corpus);
// The vocabulary comes from the training lines only: a character seen only in held-out text is unknown, as it would be for any new text.
const vocabulary = buildVocabulary(train);
const tokenizer = makeTokenizer(vocabulary);
const trainTokens = tokenizer.encode(train);
const heldOutTokens = tokenizer.encode(heldOut);
const config = baseConfig(vocabularySize(vocabulary));
const trainer = makeTrainer(config, settings);
const tokensPerStep = settings.batch * config.context;
console.log(`corpus: ${trainTokens.length} training + ${heldOutTokens.length} held-out characters, vocabulary ${config.vocabSize}, ${parameterCount(config)} parameters`);

const losses: number[] = [];
const started = performance.now();
for (let s = 0; s < settings.steps; s++) {
  losses.push(trainStep(trainer, trainTokens));
  if (s % 10 === 0 || s === settings.steps - 1) {
    const seconds = (performance.now() - started) / 1000;
    console.log(`step ${s + 1}/${settings.steps} loss ${losses[s]!.toFixed(4)}  ${Math.round(((s + 1) * tokensPerStep) / seconds)} tokens/s`);
  }
}
const trainSeconds = (performance.now() - started) / 1000;

const evalStarted = performance.now();
const held = evaluate(trainer.params, config, heldOutTokens);
const evalSeconds = (performance.now() - evalStarted) / 1000;
console.log(`held-out: mean loss ${held.meanLoss.toFixed(4)} nats, perplexity ${held.perplexity.toFixed(3)} over ${held.predictions} predictions`);
console.log(`throughput: training ${Math.round((settings.steps * tokensPerStep) / trainSeconds)} tokens/s, forward (evaluation) ${Math.round(held.predictions / evalSeconds)} tokens/s`);

const weights = writeWeights(trainer.params.values);
const manifest: LmManifest = {
  format: "quizformer-lm/1",
  config,
  vocabulary: [...vocabulary.chars],
  parameterCount: parameterCount(config),
  corpus: {
    file: "corpus.txt",
    sha256,
    heldOut: `every ${HELD_OUT_EVERY}th line (lines ${HELD_OUT_EVERY}, ${2 * HELD_OUT_EVERY}, …), by item, so held-out text is unseen`,
    trainTokens: trainTokens.length,
    heldOutTokens: heldOutTokens.length,
  },
  training: {
    ...settings,
    optimizer: "AdamW β1 0.9, β2 0.95, ε 1e-8, weight decay 0.1 on matrices and embeddings (not norm gains), gradient norm clipped to `clip`",
    schedule: "linear warmup over `warmup` steps to `learningRate`, then cosine to 10% of it at the last step",
    tokensPerStep,
  },
  losses,
  recordedFirst: RECORDED_FIRST,
  heldOut: {
    ...held,
    convention: "non-overlapping windows of `context` inputs over the held-out lines joined, the last window shorter; every token but the first predicted once; perplexity = exp(mean cross-entropy in nats)",
  },
  weights: { file: "base.bin", format: "QFLM v1: 16-byte header, little-endian float32", bytes: weights.length },
  date,
};
writeFileSync(path.join(outDir, "base.bin"), weights);
writeFileSync(path.join(outDir, "base.json"), `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`wrote ${path.join(outDir, "base.bin")} (${weights.length} bytes) and base.json`);
