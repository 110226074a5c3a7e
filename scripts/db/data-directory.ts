import { execFile } from "node:child_process";
import { constants } from "node:fs";
import { access, chmod, mkdir, readdir, stat } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import type { RunAs } from "./postgres-user";

const execFileAsync = promisify(execFile);

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EROFS") return "the file system is read-only";
  if (code === "ENOTDIR" || code === "EEXIST") return "a file is in the way of the directory";
  return error instanceof Error ? error.message : String(error);
}

function traversableBy(info: { uid: number; gid: number; mode: number }, runAs: RunAs): boolean {
  if (info.uid === runAs.uid) return (info.mode & 0o100) !== 0;
  if (info.gid === runAs.gid) return (info.mode & 0o010) !== 0;
  return (info.mode & 0o001) !== 0;
}

// The server runs as another user than root, so every directory above the
// data directory must let that user pass through (execute, not read).
async function makeAncestorsTraversable(dataDir: string, runAs: RunAs, log: (message: string) => void): Promise<void> {
  for (let dir = path.dirname(dataDir); ; dir = path.dirname(dir)) {
    const info = await stat(dir);
    if (!traversableBy(info, runAs)) {
      await chmod(dir, (info.mode & 0o7777) | 0o001);
      log(`Made ${dir} traversable (o+x) so the postgres user can reach the data directory.`);
    }
    if (path.dirname(dir) === dir) return;
  }
}

/**
 * Creates the data directory if needed and checks it is usable, so that problems
 * surface as a sentence rather than as an initdb or postgres exit code.
 * Returns whether it already holds a cluster (PG_VERSION), in which case initdb
 * must not run: it refuses non-empty directories.
 */
export async function prepareDataDirectory(
  dataDir: string,
  runAs: RunAs | undefined,
  log: (message: string) => void,
): Promise<{ initialised: boolean }> {
  try {
    // Only the data directory itself is private; PostgreSQL insists on that.
    await mkdir(path.dirname(dataDir), { recursive: true });
    await mkdir(dataDir, { mode: 0o700 }).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== "EEXIST") throw error;
    });
  } catch (error) {
    throw new Error(`Cannot create the PostgreSQL data directory ${dataDir}: ${describeFsError(error)}.`, { cause: error });
  }
  const info = await stat(dataDir);
  if (!info.isDirectory()) throw new Error(`The PostgreSQL data directory ${dataDir} is not a directory.`);

  if (runAs) {
    if (info.uid !== runAs.uid || info.gid !== runAs.gid) {
      // A directory left by a run as another user (or restored from a backup).
      await execFileAsync("chown", ["-R", `${runAs.uid}:${runAs.gid}`, dataDir]);
    }
    await chmod(dataDir, 0o700);
    await makeAncestorsTraversable(dataDir, runAs, log);
  } else {
    try {
      await access(dataDir, constants.R_OK | constants.W_OK | constants.X_OK);
    } catch (error) {
      throw new Error(`The PostgreSQL data directory ${dataDir} is not writable by the current user.`, { cause: error });
    }
  }

  const entries = await readdir(dataDir);
  if (entries.includes("PG_VERSION")) return { initialised: true };
  if (entries.length > 0) {
    throw new Error(
      `The PostgreSQL data directory ${dataDir} is not empty but holds no cluster (no PG_VERSION file). ` +
        "Empty or remove it, or point to another directory.",
    );
  }
  return { initialised: false };
}
