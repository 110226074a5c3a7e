import { randomUUID } from "node:crypto";
import { access, mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { CreateMigrationOutput } from "@prisma/schema-engine-wasm/schema_engine_bg";
import pg from "pg";
import { resolveDatabase } from "./database-url";
import { describeEngineError } from "./engine-error";
import { slugifyMigrationName } from "./migration-name";
import { LOCKFILE_NAME, lockfileContent, readMigrationsList } from "./migrations-directory";
import { MIGRATIONS_DIR, REPO_ROOT, SCHEMA_PATH } from "./paths";
import { isMainModule, logLine, runCli } from "./run-cli";
import { openSchemaEngine } from "./schema-engine";

const NO_FILTER = { externalTables: [], externalEnums: [] };

export interface CreateMigrationOptions {
  log?: (message: string) => void;
  migrationsDir?: string;
  schemaPath?: string;
}

export type CreateMigrationResult =
  | { status: "created"; migrationName: string; file: string }
  | { status: "no-changes" };

async function withClient(url: string, work: (client: pg.Client) => Promise<void>): Promise<void> {
  const client = new pg.Client(url);
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}

/**
 * Writes prisma/migrations/<timestamp>_<name>/migration.sql with the SQL that
 * takes a database from the current migrations to prisma/schema.prisma. It runs
 * the schema engine commands of `prisma migrate dev --create-only`, so the SQL
 * (warnings comment included) is what stock Prisma would generate. The engine
 * works on a scratch database, created on the server of `serverUrl` and dropped
 * afterwards, so no existing database is read or changed.
 */
export async function createMigration(
  serverUrl: string,
  name: string,
  options: CreateMigrationOptions = {},
): Promise<CreateMigrationResult> {
  const log = options.log ?? (() => undefined);
  const migrationsDir = options.migrationsDir ?? MIGRATIONS_DIR;
  const schemaPath = options.schemaPath ?? SCHEMA_PATH;
  const migrationName = slugifyMigrationName(name);
  if (!migrationName) throw new Error(`"${name}" gives an empty migration name; use letters or digits.`);

  const migrationsList = await readMigrationsList(migrationsDir);
  const schema = { path: path.relative(REPO_ROOT, schemaPath), content: await readFile(schemaPath, "utf8") };
  const scratch = `qf_migration_scratch_${randomUUID().replaceAll("-", "")}`;
  await withClient(serverUrl, (client) => client.query(`CREATE DATABASE ${client.escapeIdentifier(scratch)}`).then(() => undefined));
  try {
    const session = await openSchemaEngine({ databaseUrl: withDatabase(serverUrl, scratch), schema });
    let output: CreateMigrationOutput;
    try {
      // Same order as `migrate dev`: bring the database up to date, then let
      // devDiagnostic replay the migrations into a shadow database. That replay
      // is what createMigration diffs from (the Wasm engine caches it and cannot
      // open a shadow database inside createMigration itself).
      await session.engine.applyMigrations({ migrationsList, filters: NO_FILTER });
      const { action } = await session.engine.devDiagnostic({ migrationsList, filters: NO_FILTER });
      if (action.tag === "reset") throw new Error(`The migrations do not replay cleanly: ${action.reason}`);
      output = await session.engine.createMigration({
        draft: false,
        migrationName,
        migrationsList,
        schema: { files: [schema] },
        filters: NO_FILTER,
      });
    } catch (error) {
      throw new Error(`Could not work out the migration:\n${describeEngineError(error)}`, { cause: error });
    } finally {
      await session.close();
    }
    if (output.migrationScript === null) return { status: "no-changes" };

    const directory = path.join(migrationsDir, output.generatedMigrationName);
    if (await exists(directory)) throw new Error(`The migration directory already exists at ${directory}`);
    await mkdir(directory, { recursive: true });
    const file = path.join(directory, `migration.${output.extension}`);
    await writeFile(file, output.migrationScript, "utf8");
    const lockfile = path.join(migrationsDir, LOCKFILE_NAME);
    if (!(await exists(lockfile))) await writeFile(lockfile, lockfileContent(output.connectorType), "utf8");
    log(`Created ${path.relative(REPO_ROOT, file)}`);
    return { status: "created", migrationName: output.generatedMigrationName, file };
  } finally {
    await withClient(serverUrl, (client) =>
      client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(scratch)} WITH (FORCE)`).then(() => undefined),
    );
  }
}

if (isMainModule(import.meta.url)) {
  runCli(async () => {
    const name = process.argv.slice(2).join(" ").trim();
    if (!name) throw new Error("Usage: npm run db:migration -- <name>   (e.g. npm run db:migration -- add quiz tags)");
    const database = await resolveDatabase({ log: logLine });
    try {
      const result = await createMigration(database.url, name, { log: logLine });
      logLine(
        result.status === "created"
          ? "Review it, then apply it with `npm run db:migrate`."
          : `No changes: prisma/schema.prisma matches the migrations in prisma/migrations. Nothing was written.`,
      );
    } finally {
      await database.stop();
    }
  });
}
