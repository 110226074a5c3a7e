import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

/**
 * The Next.js CLI of this project, run with the current Node. `ownProcessGroup` puts
 * it in a process group of its own, which the launcher signals (and clears after a
 * crash) as a whole; a Ctrl-C in the terminal then reaches it through the launcher.
 */
export function spawnNext(args: string[], env: NodeJS.ProcessEnv, options: { ownProcessGroup?: boolean } = {}): ChildProcess {
  const bin = require.resolve("next/dist/bin/next");
  return spawn(process.execPath, [bin, ...args], {
    stdio: "inherit",
    env: { NEXT_TELEMETRY_DISABLED: "1", ...env },
    detached: options.ownProcessGroup ?? false,
  });
}

export function waitForExit(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}
