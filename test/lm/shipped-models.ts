import { readFile } from "node:fs/promises";
import path from "node:path";
import { makeLabContext } from "@/lib/labs/lab-context";
import type { LabContext } from "@/lib/labs/protocol";

/** The shipped checkpoints folder. */
export const MODELS_DIR = path.join(import.meta.dirname, "../../public/models");

/** A lab context reading public/models from disk: what tests and benchmarks give the labs. */
export function shippedModelsContext(): LabContext {
  return makeLabContext({
    text: (file) => readFile(path.join(MODELS_DIR, file), "utf8"),
    bytes: async (file) => new Uint8Array(await readFile(path.join(MODELS_DIR, file))),
  });
}
