import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  DriverAdapterError,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import pg from "pg";
import { parseIntoClientConfig } from "pg-connection-string";
import { supportCharColumns } from "./pg-char-columns";

async function runAdminStatement(config: pg.ClientConfig, sql: string): Promise<void> {
  const client = new pg.Client(config);
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function toDriverAdapterError(error: unknown): unknown {
  if (!(error instanceof pg.DatabaseError)) return error;
  return new DriverAdapterError({
    kind: "postgres",
    code: error.code ?? "N/A",
    severity: error.severity ?? "N/A",
    message: error.message,
    detail: error.detail,
    column: error.column,
    hint: error.hint,
    originalCode: error.code,
    originalMessage: error.message,
  });
}

/**
 * The pg driver adapter as the schema engine needs it, working around
 * @prisma/adapter-pg 7.10 where it falls short of the native engine:
 *
 * - Migration scripts run as one simple-protocol query, which PostgreSQL runs
 *   as a single implicit transaction, like the native engine does. The adapter
 *   splits scripts on every ";" (breaking on semicolons in strings, comments or
 *   function bodies) and runs the pieces one by one, so a failing migration
 *   would be left half-applied.
 * - Shadow databases (scratch databases the engine replays migrations into)
 *   really are separate databases: the adapter's own version keeps the URL's
 *   database (pg lets a connection string override `database`), and drops the
 *   shadow database before closing the pool still connected to it.
 * - Catalog columns of type "char" are readable (see pg-char-columns).
 * - The engine never closes its connections, so every pool opened here is
 *   tracked and closed by `disposeAll`.
 */
export class PgMigrationAdapterFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "postgres";
  readonly adapterName = "@prisma/adapter-pg";
  private readonly config: pg.ClientConfig;
  private readonly open = new Set<SqlDriverAdapter>();

  constructor(databaseUrl: string) {
    this.config = parseIntoClientConfig(databaseUrl);
  }

  connect(): Promise<SqlDriverAdapter> {
    return this.openAdapter(this.config);
  }

  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    const name = `prisma_migrate_shadow_db_${randomUUID()}`;
    const quoted = `"${name}"`; // a UUID needs no escaping beyond the quotes
    await runAdminStatement(this.config, `CREATE DATABASE ${quoted}`);
    const adapter = await this.openAdapter({ ...this.config, database: name });
    const closePool = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await closePool();
      await runAdminStatement(this.config, `DROP DATABASE IF EXISTS ${quoted} WITH (FORCE)`);
    };
    return adapter;
  }

  /** Closes every pool still open (dropping shadow databases with them). */
  async disposeAll(): Promise<void> {
    await Promise.all([...this.open].map((adapter) => adapter.dispose()));
  }

  private async openAdapter(config: pg.ClientConfig): Promise<SqlDriverAdapter> {
    const pool = new pg.Pool(config);
    const adapter = await new PrismaPg(pool, { disposeExternalPool: true }).connect();
    supportCharColumns(pool, adapter);
    adapter.executeScript = async (script) => {
      try {
        await pool.query(script);
      } catch (error) {
        throw toDriverAdapterError(error);
      }
    };
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      if (this.open.delete(adapter)) await dispose();
    };
    this.open.add(adapter);
    return adapter;
  }
}
