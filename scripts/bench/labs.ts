// `npm run bench:labs`: runs every lab headless in Node with its default settings and
// prints the time to the first result (the first snapshot the page would show) and to
// completion. The same generators run in the browser's Web Worker.
import { LAB_DEFAULTS, LABS } from "@/lib/labs/registry";

console.log("lab                          first result   completed   snapshots");
for (const [id, run] of Object.entries(LABS)) {
  const started = performance.now();
  let first: number | null = null;
  let snapshots = 0;
  for (const update of run(LAB_DEFAULTS[id])) {
    void update;
    snapshots++;
    first ??= performance.now() - started;
  }
  const total = performance.now() - started;
  console.log(`${id.padEnd(28)} ${`${first!.toFixed(0)} ms`.padStart(12)}  ${`${(total / 1000).toFixed(2)} s`.padStart(10)}  ${String(snapshots).padStart(9)}`);
}
