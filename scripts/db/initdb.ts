import { spawn } from "node:child_process";
import { chown, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { RunAs } from "./postgres-user";

export const SUPERUSER = "postgres";

/**
 * initdb reads the password from a file, as the server's user. A private temporary
 * directory keeps it out of the data directory (initdb wants that empty) and out of
 * the process list; it is removed as soon as initdb is done.
 */
async function withPasswordFile<T>(password: string, runAs: RunAs | undefined, work: (file: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "quizformer-initdb-"));
  try {
    const file = path.join(dir, "password");
    await writeFile(file, `${password}\n`, { mode: 0o600 });
    if (runAs) {
      await chown(dir, runAs.uid, runAs.gid);
      await chown(file, runAs.uid, runAs.gid);
    }
    return await work(file);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Creates a new cluster whose superuser has `password`, required for every
 * connection (scram-sha-256): the server listens on the loopback interface, which
 * every user of the machine can reach. Encoding and locale are pinned (UTF-8 with
 * PostgreSQL's builtin C.UTF-8 locale) so they do not depend on the machine's
 * environment, which in containers often has no locale and would give SQL_ASCII.
 */
export function initialiseCluster(options: { binary: string; dataDir: string; runAs: RunAs | undefined; password: string }): Promise<void> {
  return withPasswordFile(options.password, options.runAs, (passwordFile) => {
    const args = [
      `--pgdata=${options.dataDir}`,
      `--username=${SUPERUSER}`,
      `--pwfile=${passwordFile}`,
      "--auth=scram-sha-256",
      "--encoding=UTF8",
      "--locale=C",
      "--locale-provider=builtin",
      "--builtin-locale=C.UTF-8",
      "--lc-messages=C",
      "--no-instructions",
    ];
    return new Promise<void>((resolve, reject) => {
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
  });
}
