/// <reference lib="webworker" />
import { fetchModelFiles, makeLabContext } from "@/lib/labs/lab-context";
import type { LabMessage, LabRequest } from "@/lib/labs/protocol";
import { LABS } from "@/lib/labs/registry";

// Snapshots are posted at most every 50 ms (and always the last one), so a fast
// training loop doesn't flood the page with renders.
const MIN_INTERVAL_MS = 50;

self.onmessage = async (event: MessageEvent<LabRequest>) => {
  const { lab, settings } = event.data;
  const post = (m: LabMessage) => self.postMessage(m);
  const run = LABS[lab];
  if (!run) {
    post({ type: "error", message: `Unknown lab “${lab}”.` });
    return;
  }
  try {
    let last = 0;
    let pending: LabMessage | null = null;
    // Each run has its own worker, so the checkpoints it fetches live as long as the run.
    for await (const update of run(settings, makeLabContext(fetchModelFiles()))) {
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
