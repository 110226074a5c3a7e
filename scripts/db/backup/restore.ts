// `npm run restore -- <file>`: restores a backup into an empty database (the embedded one when
// DATABASE_URL is unset), then applies the migrations newer than the backup. A non-empty database,
// a damaged or cut backup, or one from a newer version is refused before anything is written.
import path from "node:path";
import { isMainModule, logLine, runCli } from "../run-cli";
import { databaseForCommand } from "./database-for-backup";
import { restoreDatabase } from "./restore-database";
import { BackupFileError } from "./backup-format";

if (isMainModule(import.meta.url)) {
  runCli(async () => {
    const file = process.argv[2];
    if (!file) throw new Error("Name the backup to restore: npm run restore -- .data/backups/quizformer-….qfbackup.gz");
    const database = await databaseForCommand(logLine);
    try {
      const restored = await restoreDatabase(database.url, path.resolve(file), { log: logLine }).catch((error: unknown) => {
        if (error instanceof BackupFileError && database.embedded && error.message.includes("isn't empty")) {
          throw new BackupFileError(
            `${error.message} To replace the embedded database: stop Quizformer, move .data/postgres (and .data/postgres-password) aside as a safety copy, and run this again; it starts a new, empty one.`,
          );
        }
        throw error;
      });
      logLine(
        `restored ${restored.tables} tables, ${restored.rows} rows (schema ${restored.migrations.at(-1) ?? "empty"})` +
          (restored.appliedAfter.length > 0 ? `, then applied ${restored.appliedAfter.length} newer migration${restored.appliedAfter.length > 1 ? "s" : ""}` : ""),
      );
    } finally {
      await database.stop();
    }
  });
}
