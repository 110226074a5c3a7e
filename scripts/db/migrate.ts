import { readFile } from "node:fs/promises";
import path from "node:path";
import { resolveDatabase } from "./database-url";
import { describeEngineError, failedMigrationName } from "./engine-error";
import { inspectMigrationHistory } from "./migration-history";
import { readMigrationsList } from "./migrations-directory";
import { MIGRATIONS_DIR, REPO_ROOT, SCHEMA_PATH } from "./paths";
import { isMainModule, logLine, runCli } from "./run-cli";
import { openSchemaEngine } from "./schema-engine";

const NO_FILTER = { externalTables: [], externalEnums: [] };
const HOW_TO_RESOLVE =
  "Fix the migration (and the database, if needed), then mark the failed attempt rolled back, e.g. " +
  'UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE finished_at IS NULL AND rolled_back_at IS NULL, ' +
  "and migrate again. The development database can instead be recreated by deleting .data/postgres.";

export interface MigrateOptions {
  log?: (message: string) => void;
  migrationsDir?: string;
  schemaPath?: string;
}

export interface MigrateResult {
  appliedMigrationNames: string[];
}

function list(names: string[]): string {
  return names.map((name) => `  - ${name}`).join("\n");
}

/**
 * Applies the pending migrations of prisma/migrations, as `prisma migrate deploy`
 * does (same engine command, so the same _prisma_migrations bookkeeping). It
 * refuses, with an explanation, a database where a migration failed, and also
 * one where an applied migration's file has since been changed (which stock
 * Prisma lets through silently).
 */
export async function migrateDatabase(databaseUrl: string, options: MigrateOptions = {}): Promise<MigrateResult> {
  const log = options.log ?? (() => undefined);
  const migrationsDir = options.migrationsDir ?? MIGRATIONS_DIR;
  const schemaPath = options.schemaPath ?? SCHEMA_PATH;
  const migrationsList = await readMigrationsList(migrationsDir);
  const count = migrationsList.migrationDirectories.length;
  log(count === 0 ? "No migration found in prisma/migrations" : `${count} migration${count === 1 ? "" : "s"} found in prisma/migrations`);

  const history = await inspectMigrationHistory(databaseUrl, migrationsList);
  if (history.failed.length > 0) {
    throw new Error(
      `A migration failed in this database earlier, so no further migrations are applied:\n${list(history.failed)}\n` +
        `Its error is in the logs column of _prisma_migrations. ${HOW_TO_RESOLVE}`,
    );
  }
  if (history.edited.length > 0) {
    throw new Error(
      `These migrations were changed after they were applied to this database (their checksums differ):\n` +
        `${list(history.edited)}\n` +
        "Restore them from version control; to change the schema, add a new migration with `npm run db:migration -- <name>`.",
    );
  }
  if (history.unknown.length > 0) {
    log(`Warning: the database has migrations that prisma/migrations does not:\n${list(history.unknown)}`);
  }

  const session = await openSchemaEngine({
    databaseUrl,
    schema: { path: path.relative(REPO_ROOT, schemaPath), content: await readFile(schemaPath, "utf8") },
  });
  try {
    const { appliedMigrationNames } = await session.engine
      .applyMigrations({ migrationsList, filters: NO_FILTER })
      .catch((error: unknown) => {
        const name = failedMigrationName(error);
        const reason = describeEngineError(error);
        throw new Error(
          name
            ? `Migration ${name} failed:\n${reason}\n` +
                "Its script ran as one transaction, so none of it was kept (unless the script manages transactions itself). " +
                HOW_TO_RESOLVE
            : `Applying migrations failed:\n${reason}`,
          { cause: error },
        );
      });
    log(
      appliedMigrationNames.length === 0
        ? "No pending migrations to apply."
        : `Applied migrations:\n${list(appliedMigrationNames)}`,
    );
    return { appliedMigrationNames };
  } finally {
    await session.close();
  }
}

if (isMainModule(import.meta.url)) {
  runCli(async () => {
    const database = await resolveDatabase({ log: logLine });
    try {
      await migrateDatabase(database.url, { log: logLine });
    } finally {
      await database.stop();
    }
  });
}
