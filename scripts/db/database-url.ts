import type { EventLog } from "../lib/supervisor";
import { PortInUseError, startEmbeddedPostgres } from "./embedded-postgres";
import { DEV_DATA_DIR, DEV_DATABASE } from "./paths";

export interface ResolveDatabaseOptions {
  /** Data directory of the embedded server; defaults to .data/postgres. */
  dataDir?: string;
  /** Database on the embedded server, created if missing; defaults to quizformer. */
  dbName?: string;
  log?: (message: string) => void;
  /** Restart the embedded server when it crashes, logging each restart here (the launchers). */
  superviseWith?: EventLog;
}

export interface ResolvedDatabase {
  url: string;
  /** True when the URL points to an embedded server this process started. */
  embedded: boolean;
  /** Stops the embedded server, if one was started; safe to call more than once. */
  stop(): Promise<void>;
  /** Resolves if the embedded server ended on its own and is not restarted; never for DATABASE_URL. */
  ended: Promise<void>;
}

/** EMBEDDED_POSTGRES_PORT pins the embedded server's port (by default a free one is picked). */
function configuredPort(): number | undefined {
  const value = process.env.EMBEDDED_POSTGRES_PORT?.trim();
  if (!value) return undefined;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`EMBEDDED_POSTGRES_PORT must be a port number (1-65535), not "${value}".`);
  }
  return port;
}

/**
 * The database to use: DATABASE_URL when set (an existing server), otherwise a
 * database on the embedded server, started from the data directory.
 */
export async function resolveDatabase(options: ResolveDatabaseOptions = {}): Promise<ResolvedDatabase> {
  const fromEnvironment = process.env.DATABASE_URL?.trim();
  if (fromEnvironment) return { url: fromEnvironment, embedded: false, stop: async () => undefined, ended: new Promise(() => undefined) };

  const port = configuredPort();
  const server = await startEmbeddedPostgres({
    dataDir: options.dataDir ?? DEV_DATA_DIR,
    port,
    log: options.log,
    supervise: options.superviseWith ? { log: options.superviseWith } : undefined,
  }).catch(
    (error: unknown) => {
      if (port === undefined || !(error instanceof PortInUseError)) throw error;
      throw new Error(`${error.message} It is set by EMBEDDED_POSTGRES_PORT; unset that to use any free port.`, { cause: error });
    },
  );
  const dbName = options.dbName ?? DEV_DATABASE;
  try {
    await server.createDatabaseIfMissing(dbName);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return { url: server.urlFor(dbName), embedded: true, stop: () => server.stop(), ended: server.ended };
}
