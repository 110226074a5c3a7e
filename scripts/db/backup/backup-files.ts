// Where backups go by default, what they are called, and how many are kept.
import { readdir, rm, stat } from "node:fs/promises";
import path from "node:path";
import { REPO_ROOT } from "../paths";

export const BACKUP_DIR = path.join(REPO_ROOT, ".data", "backups");
const NAME = /^quizformer-\d{8}-\d{6}\.qfbackup\.gz$/;

/** "quizformer-20261204-213005.qfbackup.gz", in UTC, so names sort by time. */
export function backupFileName(now: Date): string {
  const stamp = now.toISOString().replace(/[-:]/g, "").replace("T", "-").slice(0, 15);
  return `quizformer-${stamp}.qfbackup.gz`;
}

const PARTIAL = /^quizformer-\d{8}-\d{6}\.qfbackup\.gz\.\d+\.partial$/;
/** A backup still being written is younger than this; an older partial file is what a killed run left. */
const STALE_PARTIAL_MS = 24 * 60 * 60_000;

/**
 * Deletes all but the newest `keep` backups in `dir` (only files named as this command names them),
 * and the partial files of runs killed more than a day ago.
 */
export async function pruneBackups(dir: string, keep: number, now: Date = new Date()): Promise<string[]> {
  const all = await readdir(dir).catch(() => [] as string[]);
  const names = all.filter((n) => NAME.test(n)).sort();
  const old = names.slice(0, Math.max(0, names.length - keep));
  for (const name of all.filter((n) => PARTIAL.test(n))) {
    const { mtimeMs } = await stat(path.join(dir, name)).catch(() => ({ mtimeMs: now.getTime() }));
    if (now.getTime() - mtimeMs > STALE_PARTIAL_MS) old.push(name);
  }
  for (const name of old) await rm(path.join(dir, name), { force: true });
  return old;
}

/** BACKUP_EVERY: "30m", "6h", "1d" → milliseconds; undefined when unset. */
export function parseBackupInterval(value: string | undefined): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  const match = /^(\d+)\s*(m|h|d)$/i.exec(text);
  const minutes = match ? Number(match[1]) * { m: 1, h: 60, d: 1440 }[match[2]!.toLowerCase() as "m" | "h" | "d"] : NaN;
  if (!(minutes >= 5)) throw new Error(`BACKUP_EVERY must be a duration of at least 5 minutes like "30m", "6h" or "1d", not "${text}".`);
  return minutes * 60_000;
}

/** BACKUP_KEEP: how many scheduled backups to keep (default 7). */
export function parseBackupKeep(value: string | undefined): number {
  const text = value?.trim();
  if (!text) return 7;
  const keep = Number(text);
  if (!Number.isInteger(keep) || keep < 1) throw new Error(`BACKUP_KEEP must be a whole number of at least 1, not "${text}".`);
  return keep;
}
