// Restores a backup into an empty database: the file is checked whole first (a damaged or cut
// file writes nothing), the database is brought to the backup's schema with the project's own
// migrations, every table is loaded in one transaction, and then any newer migrations apply.
import { cp, mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { migrateDatabase } from "../migrate";
import { LOCKFILE_NAME } from "../migrations-directory";
import { MIGRATIONS_DIR } from "../paths";
import { BackupFileError, readBackup, type BackupMeta } from "./backup-format";

const quote = (identifier: string) => `"${identifier.replaceAll('"', '""')}"`;

export type RestoreResult = { tables: number; rows: number; migrations: string[]; appliedAfter: string[] };

/** Refuses a backup made by a newer version of Quizformer: one with migrations this one doesn't have. */
async function checkSchema(meta: BackupMeta, migrationsDir: string): Promise<void> {
  const known = new Set((await readdir(migrationsDir, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name));
  const unknown = meta.migrations.filter((m) => !known.has(m));
  if (unknown.length > 0) {
    throw new BackupFileError(`This backup comes from a newer version of Quizformer (its schema has migrations this one doesn't: ${unknown.join(", ")}). Upgrade, then restore. Nothing was restored.`);
  }
}

/** Loading rows as they were (no triggers, no per-table foreign-key checks) takes a superuser; checked before anything is written. */
async function checkPrivileges(client: pg.Client): Promise<void> {
  const { rows } = await client.query<{ rolsuper: boolean }>(`SELECT rolsuper FROM pg_roles WHERE rolname = current_user`);
  if (!rows[0]?.rolsuper) {
    throw new BackupFileError(
      "Restoring needs a superuser connection (the embedded database has one). For a database of your own, use pg_dump and pg_restore instead; nothing was restored.",
    );
  }
}

async function checkEmpty(client: pg.Client): Promise<void> {
  const { rows } = await client.query<{ tablename: string }>(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename LIMIT 5`);
  if (rows.length > 0) {
    throw new BackupFileError(
      `The database isn't empty (it has tables: ${rows.map((r) => r.tablename).join(", ")}…). Restore into a new, empty database; nothing was restored.`,
    );
  }
}

/** Migrates to exactly the backup's schema: a directory holding only its migrations. */
async function migrateTo(databaseUrl: string, migrations: string[], migrationsDir: string): Promise<void> {
  const dir = await mkdtemp(path.join(tmpdir(), "quizformer-restore-"));
  try {
    await cp(path.join(migrationsDir, LOCKFILE_NAME), path.join(dir, LOCKFILE_NAME));
    for (const name of migrations) await cp(path.join(migrationsDir, name), path.join(dir, name), { recursive: true });
    await migrateDatabase(databaseUrl, { migrationsDir: dir });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export async function restoreDatabase(databaseUrl: string, file: string, options: { migrationsDir?: string; log?: (message: string) => void } = {}): Promise<RestoreResult> {
  const log = options.log ?? (() => undefined);
  const migrationsDir = options.migrationsDir ?? MIGRATIONS_DIR;
  log(`checking ${file}…`);
  const meta = await readBackup(file);
  await checkSchema(meta, migrationsDir);
  const client = new pg.Client({ connectionString: databaseUrl, application_name: "quizformer-restore" });
  await client.connect();
  let rows = 0;
  try {
    await checkPrivileges(client);
    await checkEmpty(client);
    log(`creating the schema of the backup (${meta.migrations.length} migrations)…`);
    await migrateTo(databaseUrl, meta.migrations, migrationsDir);
    await client.query("BEGIN");
    // Rows go in as they were: no triggers recomputing copies, no foreign keys checked table by table.
    await client.query("SET LOCAL session_replication_role = replica");
    await readBackup(file, async (head, lines) => {
      const copy = client.query(copyFrom(`COPY ${quote(head.name)} (${head.columns.map(quote).join(", ")}) FROM STDIN`));
      let count = 0;
      await pipeline(
        Readable.from(
          (async function* () {
            for await (const line of lines) {
              count++;
              yield `${line}\n`;
            }
          })(),
        ),
        copy,
      );
      rows += count;
      log(`  ${head.name}: ${count} rows`);
    });
    // Sequences (the review log's ids) continue after the highest restored value.
    const serials = await client.query<{ table_name: string; column_name: string }>(
      `SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' AND (column_default LIKE 'nextval(%' OR is_identity = 'YES')`,
    );
    for (const { table_name: table, column_name: column } of serials.rows) {
      await client.query(
        `SELECT setval(pg_get_serial_sequence($1, $2), COALESCE((SELECT MAX(${quote(column)}) FROM ${quote(table)}), 1), (SELECT MAX(${quote(column)}) FROM ${quote(table)}) IS NOT NULL)`,
        [quote(table), column],
      );
    }
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
  log("applying the migrations newer than the backup…");
  const { appliedMigrationNames } = await migrateDatabase(databaseUrl, { migrationsDir });
  return { tables: meta.tables.length, rows, migrations: meta.migrations, appliedAfter: appliedMigrationNames };
}
