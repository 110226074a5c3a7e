import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);

/**
 * The Next.js CLI of this project, run with the current Node. `ownProcessGroup` puts
 * it in a process group of its own, which the launcher signals (and clears after a
 * crash) as a whole; a Ctrl-C in the terminal then reaches it through the launcher.
 *
 * `start` runs our own server instead (next-server.mjs: `next start` plus the client's
 * address on every request, which the app then believes: QUIZFORMER_PEER_HEADER).
 */
export function spawnNext(args: string[], env: NodeJS.ProcessEnv, options: { ownProcessGroup?: boolean; nodeArgs?: string[] } = {}): ChildProcess {
  const [command, ...rest] = args;
  const serving = command === "start";
  const entry = serving ? nextServerEntry() : require.resolve("next/dist/bin/next");
  // Node's own flags (a benchmark's --cpu-prof, which NODE_OPTIONS may not carry) come before the script.
  const nodeArgs = options.nodeArgs ?? [];
  return spawn(process.execPath, serving ? [...nodeArgs, entry, ...rest] : [...nodeArgs, entry, ...args], {
    stdio: "inherit",
    env: { NEXT_TELEMETRY_DISABLED: "1", ...env, ...(serving ? { NODE_ENV: "production", QUIZFORMER_PEER_HEADER: "1" } : {}) },
    detached: options.ownProcessGroup ?? false,
  });
}

/**
 * next-server.mjs sits beside this file; the benchmarks run a bundled copy of the launchers from
 * .data/bench, where it doesn't, so they find it from the project root they run in.
 */
function nextServerEntry(): string {
  const beside = fileURLToPath(new URL("./next-server.mjs", import.meta.url));
  return existsSync(beside) ? beside : path.join(process.cwd(), "scripts", "lib", "next-server.mjs");
}

export function waitForExit(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}
