// Runs a benchmark from scripts/bench/<name>.ts, bundled first with esbuild the way
// production code is compiled: a TS loader (tsx) wraps every function in a naming
// helper, which would make the benchmark measure the loader instead of the code.
import { build } from "esbuild";
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const name = process.argv[2];
if (!name) {
  console.error("usage: node scripts/bench/run.mjs <benchmark> [args…]");
  process.exit(2);
}
const outfile = path.join(root, ".data", "bench", `${name}.mjs`);
await build({
  entryPoints: [path.join(root, "scripts", "bench", `${name}.ts`)],
  outfile,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  alias: { "@": root },
  conditions: ["react-server"],
  logLevel: "warning",
});
const run = spawnSync(process.execPath, ["--conditions=react-server", outfile, ...process.argv.slice(3)], { stdio: "inherit", cwd: root });
process.exit(run.status ?? 1);
