import { checkConfig } from "./config";
import { vocabularyOf, type LmManifest } from "./manifest";
import { bindParams, parameterCount, type LmParams } from "./params";
import { makeTokenizer, vocabularySize, type Tokenizer } from "./tokenizer";
import { readWeights } from "./weight-file";

/** A checkpoint ready to run: its manifest, its weights bound to the config's layout, its tokenizer. */
export type LoadedModel = { name: string; manifest: LmManifest; params: LmParams; tokenizer: Tokenizer };

/** Checkpoint names are plain slugs, so a name can never reach outside the models folder. */
export const CHECKPOINT_NAME = /^[a-z0-9][a-z0-9-]{0,39}$/;

/**
 * Builds a model from a manifest and its weight file, checking that the two agree (parameter
 * count, vocabulary size, a runnable config), so a mismatched pair fails here with a reason.
 */
export function loadModel(manifest: LmManifest, bytes: Uint8Array): LoadedModel {
  if (manifest.format !== "quizformer-lm/1") throw new Error(`checkpoint format “${String(manifest.format)}” is not supported`);
  checkConfig(manifest.config);
  if (vocabularySize(vocabularyOf(manifest)) !== manifest.config.vocabSize) throw new Error(`${manifest.name}: the vocabulary has ${manifest.vocabulary.length} entries, the config ${manifest.config.vocabSize}`);
  const count = parameterCount(manifest.config);
  if (count !== manifest.parameterCount) throw new Error(`${manifest.name}: the config has ${count} parameters, the manifest says ${manifest.parameterCount}`);
  const params = bindParams(manifest.config, readWeights(bytes, count));
  return { name: manifest.name, manifest, params, tokenizer: makeTokenizer(vocabularyOf(manifest)) };
}
