// `npm run backup [-- <file>]`: one consistent, compressed file of every table, while the app
// keeps serving. Without a file name it goes to .data/backups/ (BACKUP_KEEP there prunes the
// oldest). For an external DATABASE_URL, pg_dump is the better tool; this works there too.
import path from "node:path";
import { isMainModule, logLine, runCli } from "../run-cli";
import { backupDatabase } from "./backup-database";
import { BACKUP_DIR, backupFileName, parseBackupKeep, pruneBackups } from "./backup-files";
import { databaseForCommand } from "./database-for-backup";

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

if (isMainModule(import.meta.url)) {
  runCli(async () => {
    const now = new Date();
    const target = process.argv[2];
    const file = target ? path.resolve(target) : path.join(BACKUP_DIR, backupFileName(now));
    const database = await databaseForCommand(logLine);
    try {
      const started = Date.now();
      const made = await backupDatabase(database.url, file, now);
      logLine(`backed up ${made.tables} tables, ${made.rows} rows, to ${made.file} (${mb(made.bytes)}, ${((Date.now() - started) / 1000).toFixed(1)} s; schema ${made.migrations.at(-1) ?? "empty"})`);
      if (!target && process.env.BACKUP_KEEP) {
        const removed = await pruneBackups(BACKUP_DIR, parseBackupKeep(process.env.BACKUP_KEEP));
        if (removed.length > 0) logLine(`removed ${removed.length} older backup${removed.length > 1 ? "s" : ""} (BACKUP_KEEP=${process.env.BACKUP_KEEP})`);
      }
    } finally {
      await database.stop();
    }
  });
}
