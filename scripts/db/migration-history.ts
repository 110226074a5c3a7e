import { createHash } from "node:crypto";
import type { MigrationList } from "@prisma/schema-engine-wasm/schema_engine_bg";
import pg from "pg";

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/**
 * Whether a migration script still has the checksum recorded when it was applied.
 * Like the schema engine, line endings do not count: git may turn LF into CRLF
 * on checkout.
 */
export function matchesChecksum(script: string, checksum: string): boolean {
  const variants = [script, script.replaceAll("\r\n", "\n"), script.replaceAll("\r\n", "\n").replaceAll("\n", "\r\n")];
  return variants.some((variant) => sha256(variant) === checksum);
}

export interface MigrationHistoryProblems {
  /** Started but neither finished nor rolled back. */
  failed: string[];
  /** Applied, but the file in prisma/migrations has changed since. */
  edited: string[];
  /** Applied, but not in prisma/migrations (e.g. from another branch). */
  unknown: string[];
}

interface MigrationRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
}

/**
 * Compares _prisma_migrations with the migrations directory. Rolled-back rows
 * are ignored, as the engine does: after a failed attempt is marked rolled back
 * and its file fixed, the migration is simply applied again.
 */
export async function inspectMigrationHistory(databaseUrl: string, migrationsList: MigrationList): Promise<MigrationHistoryProblems> {
  const client = new pg.Client(databaseUrl);
  await client.connect();
  let rows: MigrationRow[];
  try {
    const table = await client.query<{ exists: boolean }>("SELECT to_regclass('_prisma_migrations') IS NOT NULL AS exists");
    if (!table.rows[0]?.exists) return { failed: [], edited: [], unknown: [] };
    const result = await client.query<MigrationRow>(
      'SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL ORDER BY started_at',
    );
    rows = result.rows;
  } finally {
    await client.end();
  }

  const scripts = new Map<string, string | null>(
    migrationsList.migrationDirectories.map((directory) => [
      directory.path,
      directory.migrationFile.content.tag === "ok" ? directory.migrationFile.content.value : null,
    ]),
  );
  const problems: MigrationHistoryProblems = { failed: [], edited: [], unknown: [] };
  for (const row of rows) {
    if (row.finished_at === null) {
      problems.failed.push(row.migration_name);
      continue;
    }
    if (!scripts.has(row.migration_name)) {
      problems.unknown.push(row.migration_name);
      continue;
    }
    const script = scripts.get(row.migration_name);
    if (typeof script === "string" && !matchesChecksum(script, row.checksum)) problems.edited.push(row.migration_name);
  }
  return problems;
}
