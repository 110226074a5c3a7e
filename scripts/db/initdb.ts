import { spawn } from "node:child_process";
import type { RunAs } from "./postgres-user";

export const SUPERUSER = "postgres";

/**
 * Creates a new cluster. Trust authentication is used because the server only
 * listens on the loopback interface; a password known to every checkout would
 * protect nothing. Encoding and locale are pinned (UTF-8 with PostgreSQL's
 * builtin C.UTF-8 locale) so they do not depend on the machine's environment,
 * which in containers often has no locale and would give SQL_ASCII.
 */
export function initialiseCluster(options: { binary: string; dataDir: string; runAs: RunAs | undefined }): Promise<void> {
  const args = [
    `--pgdata=${options.dataDir}`,
    `--username=${SUPERUSER}`,
    "--auth=trust",
    "--encoding=UTF8",
    "--locale=C",
    "--locale-provider=builtin",
    "--builtin-locale=C.UTF-8",
    "--lc-messages=C",
    "--no-instructions",
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(options.binary, args, {
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, LC_MESSAGES: "C" },
      ...(options.runAs ?? {}),
    });
    let output = "";
    child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    child.once("error", (error) => reject(new Error(`Could not run ${options.binary}: ${error.message}`, { cause: error })));
    child.once("close", (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`initdb failed (${signal ?? `exit code ${code}`}) for ${options.dataDir}:\n${output.trim()}`));
    });
  });
}
