import type { LoadedModel } from "@/lib/lm/loaded-model";

/**
 * How a lab reports to its page. A lab is a generator that yields complete
 * snapshots of what to show so far; the page renders the latest one. The same
 * generator runs in a Web Worker in the browser, in tests, and in the benchmark.
 * Labs on the course model are async generators: they await checkpoints and the
 * corpus through their context, which fetches in the browser and reads files in Node.
 */
export type LabUpdate<D> = {
  /** 0…1, for the progress bar. */
  progress: number;
  /** What is happening now ("Training the reward model, step 40 of 200"). */
  message: string;
  data: D;
};

/** What a lab may load besides its settings; each run gets its own, which keeps what it loaded. */
export type LabContext = {
  /** A shipped checkpoint by name (public/models/<name>.json and .bin). */
  loadModel(name: string): Promise<LoadedModel>;
  /** The shipped corpus every checkpoint was trained on (public/models/corpus.txt). */
  loadCorpus(): Promise<string>;
};

export type LabGenerator<D> = Generator<LabUpdate<D>, void, void> | AsyncGenerator<LabUpdate<D>, void, void>;

export type LabRun<S, D> = (settings: S, context: LabContext) => LabGenerator<D>;

/**
 * Messages between the page and the lab worker. "warm" starts loading what the lab will need
 * (its checkpoints, the corpus) before Run, in the same worker the run then uses.
 */
export type LabRequest = { type: "warm"; lab: string } | { type: "run"; lab: string; settings: unknown };
export type LabMessage =
  | { type: "update"; update: LabUpdate<unknown> }
  | { type: "done" }
  | { type: "error"; message: string };
