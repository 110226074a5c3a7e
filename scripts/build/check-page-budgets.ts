// Fails when a page's first-load JavaScript (gzip) is over its budget (scripts/build/page-budgets.ts).
// Reads the production build's own record of each route's first-load chunks
// (.next/diagnostics/route-bundle-stats.json) and gzips each chunk as the server would send it.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { weighRoutes, type RouteStats } from "./page-budgets";

const root = process.cwd();
const statsFile = path.join(root, ".next", "diagnostics", "route-bundle-stats.json");
if (!existsSync(statsFile)) {
  console.error("No build statistics at .next/diagnostics/route-bundle-stats.json: run `next build` first.");
  process.exit(2);
}
const stats = JSON.parse(readFileSync(statsFile, "utf8")) as RouteStats[];
const sizes = new Map<string, number>();
const gzipKb = (chunk: string) => {
  let kb = sizes.get(chunk);
  if (kb === undefined) {
    kb = gzipSync(readFileSync(path.join(root, chunk))).length / 1024;
    sizes.set(chunk, kb);
  }
  return kb;
};
const weights = weighRoutes(stats, gzipKb);
console.log(`First-load JS (gzip) of ${weights.length} pages against their budgets:`);
for (const w of weights) console.log(`${w.over ? "OVER" : "  ok"}  ${w.route.padEnd(46)} ${w.kb.toFixed(1).padStart(6)} KB of ${w.budgetKb} KB`);
const over = weights.filter((w) => w.over);
if (over.length) {
  for (const w of over) {
    console.error(`\n${w.route} loads ${w.kb.toFixed(1)} KB of JavaScript (gzip), over its budget of ${w.budgetKb} KB. Largest chunks:`);
    for (const c of w.chunks.slice(0, 5)) console.error(`  ${c.kb.toFixed(1).padStart(6)} KB  ${c.path}`);
  }
  process.exit(1);
}
