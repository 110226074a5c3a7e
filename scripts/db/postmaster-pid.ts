import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";

/** The fields of a data directory's postmaster.pid lock file that matter here. */
export interface PostmasterPid {
  pid: number;
  port: number | null;
}

// Line 1 is the postmaster's PID and line 4 its port (see PostgreSQL's
// miscadmin.h, LOCK_FILE_LINE_*); the file may be cut short if a crash hit mid-write.
export function parsePostmasterPid(text: string): PostmasterPid | null {
  const lines = text.split("\n");
  const pid = Number.parseInt(lines[0] ?? "", 10);
  if (!Number.isInteger(pid) || pid <= 0) return null;
  const port = Number.parseInt(lines[3] ?? "", 10);
  return { pid, port: Number.isInteger(port) && port > 0 ? port : null };
}

export async function readPostmasterPid(dataDir: string): Promise<PostmasterPid | null> {
  try {
    return parsePostmasterPid(await readFile(path.join(dataDir, "postmaster.pid"), "utf8"));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function processName(pid: number): string | null {
  try {
    return readFileSync(`/proc/${pid}/comm`, "utf8").trim();
  } catch {
    // No procfs (macOS): ask ps instead.
    try {
      return path.basename(execFileSync("ps", ["-p", String(pid), "-o", "comm="], { encoding: "utf8" }).trim());
    } catch {
      return null;
    }
  }
}

export type PostmasterState = "running" | "stale-dead" | "stale-reused" | "absent";

/**
 * Whether the PID in postmaster.pid is a live PostgreSQL server. After a crash
 * (common in containers) the PID may be reused by an unrelated process; PostgreSQL
 * then refuses to start, so that case is told apart from a genuinely running server.
 */
export function postmasterState(lock: PostmasterPid | null): PostmasterState {
  if (lock === null) return "absent";
  if (!isAlive(lock.pid)) return "stale-dead";
  return processName(lock.pid) === "postgres" ? "running" : "stale-reused";
}
