import { CHECKPOINT_NAME, loadModel, type LoadedModel } from "@/lib/lm/loaded-model";
import type { LmManifest } from "@/lib/lm/manifest";
import type { LabContext } from "./protocol";

/** How a context reads a file of the models folder: fetch in the browser, the file system in Node. */
export type ModelFiles = {
  text(file: string): Promise<string>;
  bytes(file: string): Promise<Uint8Array>;
};

/**
 * A lab context over the models folder. Each checkpoint and the corpus are read at most once per
 * context, and a load already under way is shared, so a lab may ask for the same model twice.
 */
export function makeLabContext(files: ModelFiles): LabContext {
  const models = new Map<string, Promise<LoadedModel>>();
  let corpus: Promise<string> | null = null;
  return {
    loadModel(name) {
      if (!CHECKPOINT_NAME.test(name)) return Promise.reject(new Error(`“${name}” is not a checkpoint name`));
      let model = models.get(name);
      if (!model) {
        model = (async () => {
          const manifest = JSON.parse(await files.text(`${name}.json`)) as LmManifest;
          if (manifest.name !== name) throw new Error(`${name}.json describes “${String(manifest.name)}”`);
          return loadModel(manifest, await files.bytes(manifest.weights.file));
        })();
        models.set(name, model);
      }
      return model;
    },
    loadCorpus() {
      corpus ??= files.text("corpus.txt");
      return corpus;
    },
  };
}

/** The browser's models folder, served by the app at /models. */
export function fetchModelFiles(base = "/models"): ModelFiles {
  const get = async (file: string) => {
    const response = await fetch(`${base}/${file}`);
    if (!response.ok) throw new Error(`Couldn't load the course model (${file}: HTTP ${response.status}).`);
    return response;
  };
  return {
    text: async (file) => (await get(file)).text(),
    bytes: async (file) => new Uint8Array(await (await get(file)).arrayBuffer()),
  };
}
