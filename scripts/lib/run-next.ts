import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

/** The Next.js CLI of this project, run with the current Node. */
export function spawnNext(args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  const bin = require.resolve("next/dist/bin/next");
  return spawn(process.execPath, [bin, ...args], { stdio: "inherit", env: { NEXT_TELEMETRY_DISABLED: "1", ...env } });
}

export function waitForExit(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}
