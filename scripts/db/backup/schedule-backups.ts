// Scheduled backups for `npm start` (BACKUP_EVERY, BACKUP_KEEP): one now and then every interval,
// into .data/backups, keeping the newest BACKUP_KEEP. A failed backup is logged and tried again at
// the next interval; it never stops the app.
import path from "node:path";
import { backupDatabase } from "./backup-database";
import { BACKUP_DIR, backupFileName, parseBackupInterval, parseBackupKeep, pruneBackups } from "./backup-files";

export function scheduleBackups(url: string, log: (message: string) => void, env: NodeJS.ProcessEnv = process.env): (() => void) | undefined {
  const every = parseBackupInterval(env.BACKUP_EVERY);
  if (every === undefined) return undefined;
  const keep = parseBackupKeep(env.BACKUP_KEEP);
  let running = false;
  const once = async () => {
    if (running) return;
    running = true;
    try {
      const now = new Date();
      const made = await backupDatabase(url, path.join(BACKUP_DIR, backupFileName(now)), now);
      await pruneBackups(BACKUP_DIR, keep);
      log(`scheduled backup: ${made.rows} rows to ${made.file}`);
    } catch (error) {
      log(`scheduled backup failed: ${error instanceof Error ? error.message : String(error)} (trying again in ${env.BACKUP_EVERY})`);
    } finally {
      running = false;
    }
  };
  void once();
  const timer = setInterval(() => void once(), every);
  timer.unref();
  return () => clearInterval(timer);
}
