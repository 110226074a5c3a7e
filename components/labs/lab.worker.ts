/// <reference lib="webworker" />
import { fetchModelFiles, makeLabContext } from "@/lib/labs/lab-context";
import type { LabMessage, LabRequest } from "@/lib/labs/protocol";
import { LAB_PRELOAD, LABS } from "@/lib/labs/registry";

// Snapshots are posted at most every 100 ms (and always the first and the last), so a
// fast training loop doesn't flood the page with renders.
const MIN_INTERVAL_MS = 100;

// One context per worker, and one worker per run: what "warm" starts loading, the run finds loaded.
const context = makeLabContext(fetchModelFiles());

self.onmessage = async (event: MessageEvent<LabRequest>) => {
  const request = event.data;
  const post = (m: LabMessage) => self.postMessage(m);
  if (request.type === "warm") {
    // Failures surface when the run asks for the same files; a warm-up has no one to tell.
    for (const name of LAB_PRELOAD[request.lab] ?? []) context.loadModel(name).catch(() => undefined);
    return;
  }
  const run = LABS[request.lab];
  if (!run) {
    post({ type: "error", message: `Unknown lab “${request.lab}”.` });
    return;
  }
  try {
    let last = 0;
    let pending: LabMessage | null = null;
    for await (const update of run(request.settings, context)) {
      pending = { type: "update", update };
      const now = performance.now();
      if (now - last >= MIN_INTERVAL_MS || last === 0) {
        post(pending);
        pending = null;
        last = now;
      }
    }
    if (pending) post(pending);
    post({ type: "done" });
  } catch (error) {
    post({ type: "error", message: error instanceof Error ? error.message : String(error) });
  }
};
