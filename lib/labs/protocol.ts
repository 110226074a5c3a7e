/**
 * How a lab reports to its page. A lab is a generator that yields complete
 * snapshots of what to show so far; the page renders the latest one. The same
 * generator runs in a Web Worker in the browser, in tests, and in the benchmark.
 */
export type LabUpdate<D> = {
  /** 0…1, for the progress bar. */
  progress: number;
  /** What is happening now ("Training the reward model, step 40 of 200"). */
  message: string;
  data: D;
};

export type LabRun<S, D> = (settings: S) => Generator<LabUpdate<D>, void, void>;

/** Messages between the page and the lab worker. */
export type LabRequest = { type: "run"; lab: string; settings: unknown };
export type LabMessage =
  | { type: "update"; update: LabUpdate<unknown> }
  | { type: "done" }
  | { type: "error"; message: string };
