import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { REPO_ROOT } from "./paths";

// `prisma generate` needs no schema engine, but the CLI still tries to download
// the native one unless PRISMA_SCHEMA_ENGINE_BINARY names an existing file, and
// that download fails offline. Any existing file will do: it is never run.
const configured = process.env.PRISMA_SCHEMA_ENGINE_BINARY;
const engineBinary = configured && existsSync(configured) ? configured : process.execPath;

const prismaCli = createRequire(import.meta.url).resolve("prisma/build/index.js");
const result = spawnSync(process.execPath, [prismaCli, "generate", ...process.argv.slice(2)], {
  cwd: REPO_ROOT,
  stdio: "inherit",
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: engineBinary,
    // No update check or telemetry call: both reach the network.
    CHECKPOINT_DISABLE: "1",
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
  },
});
if (result.error) throw result.error;
process.exitCode = result.status ?? 1;
