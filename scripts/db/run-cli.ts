import { realpathSync } from "node:fs";
import { pathToFileURL } from "node:url";

/** Whether the module with this import.meta.url is the script node/tsx was started with. */
export function isMainModule(moduleUrl: string): boolean {
  const entry = process.argv[1];
  // Scripts run as .ts files. Bundled into one .mjs (the benchmarks), every module shares the
  // bundle's URL and would otherwise all believe they were started directly, running their CLIs.
  if (entry === undefined || !moduleUrl.endsWith(".ts")) return false;
  try {
    return pathToFileURL(realpathSync(entry)).href === moduleUrl;
  } catch {
    return false;
  }
}

export function logLine(message: string): void {
  console.log(message);
}

/**
 * Runs a command-line entry point: failures print their message (the stack only
 * with DEBUG set) and set exit code 1. The process then ends on its own, once
 * the server and connections the command opened are closed.
 */
export function runCli(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    const text = error instanceof Error ? (process.env.DEBUG ? (error.stack ?? error.message) : error.message) : String(error);
    console.error(`\nError: ${text}`);
    process.exitCode = 1;
  });
}
