/**
 * npm run model:train [-- --model NAME --steps N --date YYYY-MM-DD --out DIR]
 *
 * Trains one checkpoint of scripts/model/recipes.ts (default: base) from its fixed seed, evaluates
 * it on the held-out lines and writes DIR/NAME.bin + DIR/NAME.json (DIR = public/models). `base`
 * rebuilds the corpus from the course; every other recipe reads the shipped corpus.txt and checks
 * it against base.json's hash. The same seed and settings give bit-identical losses in Node.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { baseConfig, checkConfig } from "@/lib/lm/config";
import { evaluate } from "@/lib/lm/evaluate";
import { vocabularyOf, type LmManifest } from "@/lib/lm/manifest";
import { parameterCount } from "@/lib/lm/params";
import { buildVocabulary, makeTokenizer, vocabularySize, type Vocabulary } from "@/lib/lm/tokenizer";
import { makeTrainer, trainStep, type TrainSettings } from "@/lib/lm/train-step";
import { readWeights, writeWeights } from "@/lib/lm/weight-file";
import { writeCorpus } from "./build-corpus";
import { HELD_OUT_EVERY, splitCorpus } from "@/lib/lm/corpus-split";
import { recipeNamed } from "./recipes";

const RECORDED_FIRST = 2;

const { values: args } = parseArgs({
  options: { model: { type: "string" }, steps: { type: "string" }, date: { type: "string" }, out: { type: "string" } },
});
const outDir = args.out ?? "public/models";
const recipe = recipeNamed(args.model ?? "base");
const settings: TrainSettings = { ...recipe.settings, steps: args.steps ? Number(args.steps) : recipe.settings.steps };
const date = args.date ?? new Date().toISOString().slice(0, 10);
const sha256 = (data: string | Uint8Array) => createHash("sha256").update(data).digest("hex");
const readManifest = (name: string) => JSON.parse(readFileSync(path.join(outDir, `${name}.json`), "utf8")) as LmManifest;

mkdirSync(outDir, { recursive: true });
let corpus: string;
let vocabulary: Vocabulary;
if (recipe.name === "base") {
  corpus = writeCorpus(path.join(outDir, "corpus.txt"));
  // The vocabulary comes from the training lines only: a character seen only in held-out text is unknown, as it would be for any new text.
  vocabulary = buildVocabulary(splitCorpus(corpus).train);
} else {
  const base = readManifest("base");
  corpus = readFileSync(path.join(outDir, base.corpus.file), "utf8");
  if (sha256(corpus) !== base.corpus.sha256) throw new Error("corpus.txt differs from the one base was trained on: retrain base first");
  vocabulary = vocabularyOf(base);
}
const { train, heldOut } = splitCorpus(corpus);
const tokenizer = makeTokenizer(vocabulary);
const trainTokens = tokenizer.encode(train);
const heldOutTokens = tokenizer.encode(heldOut);

let config = recipe.config(baseConfig(vocabularySize(vocabulary)));
let from: LmManifest["from"] = null;
let initial: Float32Array | undefined;
if (recipe.from) {
  const parent = readManifest(recipe.from);
  const bytes = new Uint8Array(readFileSync(path.join(outDir, parent.weights.file)));
  initial = readWeights(bytes, parent.parameterCount);
  from = { name: parent.name, weightsSha256: sha256(bytes) };
  config = recipe.config(parent.config);
}
checkConfig(config);
const trainer = makeTrainer(config, settings, initial);
const tokensPerStep = settings.batch * config.context;
console.log(`${recipe.name}: ${trainTokens.length} training + ${heldOutTokens.length} held-out characters, vocabulary ${config.vocabSize}, ${parameterCount(config)} parameters`);

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
const weightFile = `${recipe.name}.bin`;
const manifest: LmManifest = {
  format: "quizformer-lm/1",
  name: recipe.name,
  description: recipe.description,
  from,
  config,
  vocabulary: [...vocabulary.chars],
  parameterCount: parameterCount(config),
  corpus: {
    file: "corpus.txt",
    sha256: sha256(corpus),
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
  weights: { file: weightFile, format: "QFLM v1: 16-byte header, little-endian float32", bytes: weights.length },
  date,
};
writeFileSync(path.join(outDir, weightFile), weights);
writeFileSync(path.join(outDir, `${recipe.name}.json`), `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`wrote ${path.join(outDir, weightFile)} (${weights.length} bytes) and ${recipe.name}.json`);
