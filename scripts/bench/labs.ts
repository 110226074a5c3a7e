// `npm run bench:labs`: runs every lab headless in Node with its default settings and
// prints the time to the first result (the first snapshot the page would show) and to
// completion. The same generators run in the browser's Web Worker. Then the course model's
// forward and training throughput (tokens/s).
import { readFileSync } from "node:fs";
import path from "node:path";
import { LAB_DEFAULTS, LABS } from "@/lib/labs/registry";
import { vocabularyOf, type LmManifest as Manifest } from "@/lib/lm/manifest";
import { makeDecoder } from "@/lib/lm/decoder";
import { forward } from "@/lib/lm/model";
import { bindParams } from "@/lib/lm/params";
import { makeTokenizer } from "@/lib/lm/tokenizer";
import { makeTrainer, trainStep } from "@/lib/lm/train-step";
import { readWeights } from "@/lib/lm/weight-file";
import { shippedModelsContext } from "@/test/lm/shipped-models";

console.log("lab                              first result   completed   snapshots");
for (const [id, run] of Object.entries(LABS)) {
  const started = performance.now();
  let first: number | null = null;
  let snapshots = 0;
  // A fresh context per lab, as each browser run has its own worker: loading checkpoints counts.
  for await (const update of run(LAB_DEFAULTS[id], shippedModelsContext())) {
    void update;
    snapshots++;
    first ??= performance.now() - started;
  }
  const total = performance.now() - started;
  console.log(`${id.padEnd(32)} ${`${first!.toFixed(0)} ms`.padStart(12)}  ${`${(total / 1000).toFixed(2)} s`.padStart(10)}  ${String(snapshots).padStart(9)}`);
}

// The course model (lib/lm) that the labs build on: forward and training throughput in Node.
{
  const models = path.join(process.cwd(), "public", "models");
  const manifest = JSON.parse(readFileSync(path.join(models, "base.json"), "utf8")) as Manifest;
  const params = bindParams(manifest.config, readWeights(new Uint8Array(readFileSync(path.join(models, manifest.weights.file))), manifest.parameterCount));
  const tokens = makeTokenizer(vocabularyOf(manifest)).encode(readFileSync(path.join(models, manifest.corpus.file), "utf8"));
  const context = manifest.config.context;

  // Forward: full context windows, one after another, as evaluation and the labs run them.
  const windows = 24;
  let started = performance.now();
  for (let w = 0; w < windows; w++) forward(params, manifest.config, tokens.slice(w * context, (w + 1) * context + 1).slice(0, context));
  const forwardRate = (windows * context) / ((performance.now() - started) / 1000);

  // Training: the shipped settings' batch, from a fresh initialisation (the rate doesn't depend on the weights).
  const { seed, batch, learningRate, warmup, clip } = manifest.training;
  const trainer = makeTrainer(manifest.config, { seed, steps: 6, batch, learningRate, warmup, clip });
  trainStep(trainer, tokens); // warm-up: the first step allocates the optimizer's state
  started = performance.now();
  const steps = 5;
  for (let s = 0; s < steps; s++) trainStep(trainer, tokens);
  const trainRate = (steps * batch * context) / ((performance.now() - started) / 1000);

  // Decoding with the key/value cache: one token at a time over a whole context, as the labs sample.
  started = performance.now();
  const decodeRounds = 4;
  for (let r = 0; r < decodeRounds; r++) {
    const decoder = makeDecoder(params, manifest.config);
    for (let t = 0; t < context; t++) decoder.step(tokens[r * context + t]!);
  }
  const decodeRate = (decodeRounds * context) / ((performance.now() - started) / 1000);

  console.log("");
  console.log(`course model (${manifest.parameterCount.toLocaleString("en")} parameters, context ${context}, ${manifest.config.layers} layers of width ${manifest.config.width})`);
  console.log(`  forward                  ${forwardRate.toFixed(0).padStart(8)} tokens/s`);
  console.log(`  decode (key/value cache) ${decodeRate.toFixed(0).padStart(8)} tokens/s`);
  console.log(`  training step (batch ${batch}) ${trainRate.toFixed(0).padStart(8)} tokens/s`);
}
